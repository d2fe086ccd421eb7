using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jose;

namespace PdfArchiver.Mail;

/// <summary>Hand-built client assertion for the legacy scanner appliance that cannot use MSAL.</summary>
public static class ClientAssertion
{
    public static string Build(string tenantId, string clientId, X509Certificate2 cert)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new Dictionary<string, object>
        {
            ["aud"] = $"https://login.microsoftonline.com/{tenantId}/oauth2/v2.0/token",
            ["iss"] = clientId,
            ["sub"] = clientId,
            ["jti"] = Guid.NewGuid().ToString(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(10).ToUnixTimeSeconds(),
        };
        var headers = new Dictionary<string, object>
        {
            ["x5t"] = Base64Url.Encode(cert.GetCertHash()),
        };
        using RSA rsa = cert.GetRSAPrivateKey()!;
        return JWT.Encode(payload, rsa, JwsAlgorithm.RS256, extraHeaders: headers);
    }

    // POST https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token
    //   grant_type=client_credentials
    //   client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer
    //   client_assertion=<Build(...)>
    //   scope=https://graph.microsoft.com/.default
}
