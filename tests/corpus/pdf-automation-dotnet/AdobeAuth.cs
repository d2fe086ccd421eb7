using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using Jose;
using Newtonsoft.Json.Linq;
using RestSharp;

namespace PdfAutomation
{
    /// <summary>Gets IMS access tokens for the PDF Services REST API.</summary>
    public static class AdobeAuth
    {
        private const string IMS = "https://ims-na1.adobelogin.com";
        private const string METASCOPES = IMS + "/s/ent_documentcloud_sdk";

        public static string GetAccessToken(Credentials c)
        {
            var payload = new Dictionary<string, object>
            {
                { "exp", DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds() },
                { "iss", c.OrganizationId },
                { "sub", c.AccountId },
                { "aud", $"{IMS}/c/{c.ClientId}" },
                { METASCOPES, true }
            };

            using var rsa = RSA.Create();
            rsa.ImportFromPem(File.ReadAllText(c.PrivateKeyFile));
            string jwt = Jose.JWT.Encode(payload, rsa, JwsAlgorithm.RS256);

            var client = new RestClient("https://ims-na1.adobelogin.com/ims/exchange/jwt/");
            var request = new RestRequest(Method.POST);
            request.AlwaysMultipartFormData = true;
            request.AddParameter("client_id", c.ClientId);
            request.AddParameter("client_secret", c.ClientSecret);
            request.AddParameter("jwt_token", jwt);

            IRestResponse response = client.Execute(request);
            if (!response.IsSuccessful)
            {
                throw new InvalidOperationException($"IMS returned {(int)response.StatusCode}: {response.Content}");
            }
            return JObject.Parse(response.Content)["access_token"]!.ToString();
        }
    }
}
