using System.Security.Cryptography;
using System.Text.Json;
using Jose;
using RestSharp;

namespace Agency.PdfConvert.Legacy
{
    /// <summary>
    /// Client B's Document Cloud project only has the Service Account credential.
    /// Do not copy this pattern; delete with AG-377.
    /// </summary>
    internal static class ImsJwtClient
    {
        private const string IMS_EXCHANGE = "https://ims-na1.adobelogin.com/ims/exchange/jwt/";
        private const string METASCOPES = "https://ims-na1.adobelogin.com/s/ent_documentcloud_sdk";

        private sealed record Creds(string ClientId, string ClientSecret, string OrgId, string AccountId, string KeyFile);

        private static Creds Load()
        {
            var path = Environment.GetEnvironmentVariable("CLIENTB_CREDENTIALS_FILE")!;
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var cc = doc.RootElement.GetProperty("client_credentials");
            var sa = doc.RootElement.GetProperty("service_account_credentials");
            return new Creds(
                cc.GetProperty("client_id").GetString()!,
                cc.GetProperty("client_secret").GetString()!,
                sa.GetProperty("organization_id").GetString()!,
                sa.GetProperty("account_id").GetString()!,
                Environment.GetEnvironmentVariable("CLIENTB_PRIVATE_KEY_FILE")!);
        }

        public static async Task<(string ClientId, string Token)> GetAccessTokenAsync()
        {
            var c = Load();
            using var rsa = RSA.Create();
            rsa.ImportFromPem(File.ReadAllText(c.KeyFile));

            var payload = new Dictionary<string, object>
            {
                { "exp", DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds() },
                { "iss", c.OrgId },
                { "sub", c.AccountId },
                { "aud", "https://ims-na1.adobelogin.com/c/" + c.ClientId },
                { METASCOPES, true },
            };
            string jwt = JWT.Encode(payload, rsa, JwsAlgorithm.RS256);

            var client = new RestClient(IMS_EXCHANGE);
            var request = new RestRequest("", Method.Post) { AlwaysMultipartFormData = true };
            request.AddParameter("client_id", c.ClientId);
            request.AddParameter("client_secret", c.ClientSecret);
            request.AddParameter("jwt_token", jwt);
            var response = await client.ExecuteAsync(request);
            if (!response.IsSuccessful)
                throw new InvalidOperationException($"IMS exchange failed: {response.StatusCode} {response.Content}");
            using var body = JsonDocument.Parse(response.Content!);
            return (c.ClientId, body.RootElement.GetProperty("access_token").GetString()!);
        }
    }
}
