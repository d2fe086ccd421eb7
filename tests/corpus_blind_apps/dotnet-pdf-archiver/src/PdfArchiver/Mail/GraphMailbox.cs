using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace PdfArchiver.Mail;

/// <summary>
/// Reads scanned invoices from the shared mailbox. Entra ID app-only auth with a certificate
/// (client assertion) -- Microsoft identity platform, not Adobe.
/// </summary>
public sealed class GraphMailbox
{
    private readonly IConfidentialClientApplication _app;
    private static readonly string[] Scopes = { "https://graph.microsoft.com/.default" };

    public GraphMailbox(IConfiguration config)
    {
        var g = config.GetSection("Graph");
        var cert = new X509Certificate2(g["CertificatePath"]!, Environment.GetEnvironmentVariable("GRAPH_PFX_PASSWORD"));
        _app = ConfidentialClientApplicationBuilder
            .Create(g["ClientId"])
            .WithAuthority($"https://login.microsoftonline.com/{g["TenantId"]}/v2.0")
            .WithCertificate(cert, sendX5C: true)
            .Build();
    }

    public async Task<string> GetTokenAsync()
    {
        var result = await _app.AcquireTokenForClient(Scopes).ExecuteAsync();
        return result.AccessToken;
    }
}
