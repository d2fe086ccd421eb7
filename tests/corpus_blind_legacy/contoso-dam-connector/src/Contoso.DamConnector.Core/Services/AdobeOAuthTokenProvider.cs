using System;
using Newtonsoft.Json.Linq;
using RestSharp;

namespace Contoso.DamConnector.Core.Services
{
    /// <summary>
    /// OAuth Server-to-Server token provider (CHG0041877).
    /// Same client id / technical account as the old integration, new client secret.
    /// </summary>
    public class AdobeOAuthTokenProvider : IAdobeTokenProvider
    {
        private const string TokenPath = "/ims/token/v3";

        private readonly AdobeImsSettings _settings;

        public AdobeOAuthTokenProvider(AdobeImsSettings settings)
        {
            _settings = settings;
        }

        public AdobeAccessToken GetToken()
        {
            var client = new RestClient(_settings.ImsHost);
            var request = new RestRequest(TokenPath, Method.POST);
            request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
            request.AddParameter("grant_type", "client_credentials");
            request.AddParameter("client_id", _settings.ClientId);
            request.AddParameter("client_secret", _settings.ClientSecret);
            request.AddParameter("scope", string.Join(",", _settings.OAuthScopes));

            var response = client.Execute(request);
            if (!response.IsSuccessful)
            {
                throw new InvalidOperationException("Adobe IMS returned " + (int)response.StatusCode + ": " + response.Content);
            }

            var body = JObject.Parse(response.Content);
            return new AdobeAccessToken
            {
                Value = (string)body["access_token"],
                ExpiresAtUtc = DateTime.UtcNow.AddSeconds((long)body["expires_in"])
            };
        }
    }
}
