using System.Net.Http.Headers;
using System.Net.Http.Json;
using CampaignSync.Auth;
using Microsoft.Extensions.Options;

namespace CampaignSync.Campaign;

public sealed class CampaignClient
{
    private readonly HttpClient _http;
    private readonly IImsTokenProvider _tokens;
    private readonly AdobeImsOptions _opt;

    public CampaignClient(HttpClient http, IImsTokenProvider tokens, IOptions<AdobeImsOptions> opt)
    {
        _http = http;
        _tokens = tokens;
        _opt = opt.Value;
    }

    public async Task UpsertProfileAsync(object profile, CancellationToken ct)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, $"{_opt.TenantApiUrl}/campaign/profileAndServicesExt/profile")
        {
            Content = JsonContent.Create(profile),
        };
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetTokenAsync(ct));
        req.Headers.Add("X-Api-Key", _opt.ClientId);
        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
    }
}
