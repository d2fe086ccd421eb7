using System;
using System.Collections.Generic;
using System.Web.Hosting;
using Contoso.DamConnector.Core.Infrastructure;
using Jose;
using Newtonsoft.Json.Linq;
using RestSharp;

namespace Contoso.DamConnector.Core.Services
{
    /// <summary>
    /// Service Account (JWT) token provider. Default until the OAuth provider has been
    /// signed off in UAT (CHG0041877). Do not extend, it will be deleted.
    /// </summary>
    public class AdobeJwtTokenProvider : IAdobeTokenProvider
    {
        private const string ExchangePath = "/ims/exchange/jwt/";

        private readonly AdobeImsSettings _settings;

        public AdobeJwtTokenProvider(AdobeImsSettings settings)
        {
            _settings = settings;
        }

        public AdobeAccessToken GetToken()
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var payload = new Dictionary<string, object>
            {
                { "exp", now + 300 },
                { "iss", _settings.OrgId },
                { "sub", _settings.TechnicalAccountId },
                { "aud", _settings.ImsHost + "/c/" + _settings.ClientId }
            };

            // Adobe.MetaScopes holds the full claim URLs, e.g. https://ims-na1.adobelogin.com/s/ent_xxx_sdk
            foreach (var metaScope in _settings.MetaScopes)
            {
                payload[metaScope] = true;
            }

            string signedJwt;
            var keyPath = HostingEnvironment.MapPath(_settings.PrivateKeyPath) ?? _settings.PrivateKeyPath;
            using (var rsa = PemKeyReader.ReadRsaPrivateKey(keyPath))
            {
                signedJwt = JWT.Encode(payload, rsa, JwsAlgorithm.RS256);
            }

            var client = new RestClient(_settings.ImsHost);
            var request = new RestRequest(ExchangePath, Method.POST);
            request.AlwaysMultipartFormData = true;
            request.AddParameter("client_id", _settings.ClientId);
            request.AddParameter("client_secret", _settings.ClientSecret);
            request.AddParameter("jwt_token", signedJwt);

            var response = client.Execute(request);
            if (!response.IsSuccessful)
            {
                throw new InvalidOperationException("Adobe IMS returned " + (int)response.StatusCode + ": " + response.Content);
            }

            var body = JObject.Parse(response.Content);
            return new AdobeAccessToken
            {
                Value = (string)body["access_token"],
                // expires_in is in milliseconds for this endpoint
                ExpiresAtUtc = DateTime.UtcNow.AddMilliseconds((long)body["expires_in"])
            };
        }
    }
}
