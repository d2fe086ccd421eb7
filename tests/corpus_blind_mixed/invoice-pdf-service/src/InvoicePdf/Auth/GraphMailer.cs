using Microsoft.Identity.Client;
using System.Net.Http.Headers;

namespace Acme.Finance.InvoicePdf.Auth;

/// <summary>Sends the generated invoice PDFs through Microsoft Graph (app-only, client credentials).</summary>
public sealed class GraphMailer
{
    private readonly IConfidentialClientApplication _app;
    private readonly HttpClient _http;
    private static readonly string[] Scopes = { "https://graph.microsoft.com/.default" };

    public GraphMailer(IConfiguration config, HttpClient http)
    {
        _http = http;
        _app = ConfidentialClientApplicationBuilder
            .Create(config["AzureAd:ClientId"])
            .WithClientSecret(config["AzureAd:ClientSecret"])
            .WithAuthority($"https://login.microsoftonline.com/{config["AzureAd:TenantId"]}/oauth2/v2.0/token")
            .Build();
    }

    public async Task SendAsync(string mailbox, HttpContent message, CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient(Scopes).ExecuteAsync(ct);
        using var req = new HttpRequestMessage(HttpMethod.Post, $"https://graph.microsoft.com/v1.0/users/{mailbox}/sendMail")
        {
            Content = message,
        };
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", result.AccessToken);
        (await _http.SendAsync(req, ct)).EnsureSuccessStatusCode();
    }
}
