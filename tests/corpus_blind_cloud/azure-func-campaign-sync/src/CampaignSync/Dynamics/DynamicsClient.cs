using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace CampaignSync.Dynamics;

public sealed class DynamicsOptions
{
    public string TenantId { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string OrgUrl { get; set; } = "https://acme.crm4.dynamics.com";
}

/// <summary>Dataverse Web API client using Entra ID client credentials (app registration).</summary>
public sealed class DynamicsClient
{
    private readonly IConfidentialClientApplication _app;
    private readonly DynamicsOptions _opt;
    private readonly HttpClient _http = new();

    public DynamicsClient(IOptions<DynamicsOptions> opt)
    {
        _opt = opt.Value;
        _app = ConfidentialClientApplicationBuilder.Create(_opt.ClientId)
            .WithClientSecret(_opt.ClientSecret)
            .WithAuthority($"https://login.microsoftonline.com/{_opt.TenantId}")
            .Build();
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient(new[] { $"{_opt.OrgUrl}/.default" }).ExecuteAsync(ct);
        return result.AccessToken;
    }

    public async Task<string> GetContactJsonAsync(Guid contactId, CancellationToken ct)
    {
        using var req = new HttpRequestMessage(HttpMethod.Get,
            $"{_opt.OrgUrl}/api/data/v9.2/contacts({contactId})?$select=emailaddress1,firstname,lastname,acme_campaignoptin");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        return await resp.Content.ReadAsStringAsync(ct);
    }
}
