using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClaimsCorrespondence.Api.Ims;
using Microsoft.Extensions.Options;

namespace ClaimsCorrespondence.Api.Campaign;

public sealed class CampaignClient
{
    private readonly HttpClient _http;
    private readonly IImsTokenProvider _tokens;
    private readonly AdobeImsOptions _ims;
    private readonly string _tenant;

    public CampaignClient(HttpClient http, IImsTokenProvider tokens, IOptions<AdobeImsOptions> ims, IConfiguration cfg)
    {
        _http = http;
        _tokens = tokens;
        _ims = ims.Value;
        _tenant = cfg["Campaign:Tenant"] ?? "northbankinsurance";
    }

    public async Task<string> SendAsync(string eventType, string email, Dictionary<string, string> ctx)
    {
        var token = await _tokens.GetAccessTokenAsync();
        using var req = new HttpRequestMessage(HttpMethod.Post,
            $"https://mc.adobe.io/{_tenant}/campaign/mc/{eventType}");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        req.Headers.Add("X-Api-Key", _ims.ClientId);
        req.Content = JsonContent.Create(new { email, ctx });
        var resp = await _http.SendAsync(req);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return body?["eventId"]?.ToString() ?? "";
    }
}
