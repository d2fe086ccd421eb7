using System;
using System.Collections.Generic;
using System.Configuration;
using System.Security.Cryptography.X509Certificates;
using System.Web.Hosting;
using Jose;
using log4net;
using Newtonsoft.Json;
using RestSharp;

namespace Acme.DocGen.Core.Adobe
{
    /// <summary>
    /// Adobe IMS token for PDF Services, based on the Adobe .NET sample (Jose + RestSharp).
    /// </summary>
    public sealed class ImsJwtTokenProvider : IAdobeTokenProvider
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(ImsJwtTokenProvider));
        private static readonly object Sync = new object();
        private string _token;
        private DateTime _expiresAtUtc = DateTime.MinValue;

        private static string Setting(string key) => ConfigurationManager.AppSettings["AdobeIms:" + key];

        public string GetAccessToken()
        {
            lock (Sync)
            {
                if (_token != null && DateTime.UtcNow < _expiresAtUtc.AddMinutes(-5))
                {
                    return _token;
                }

                var clientId = Setting("ClientId");
                var payload = new Dictionary<string, object>
                {
                    { "exp", DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds() },
                    { "iss", Setting("OrgId") },
                    { "sub", Setting("TechnicalAccountId") },
                    { "aud", "https://ims-na1.adobelogin.com/c/" + clientId },
                };
                foreach (var metaScope in Setting("MetaScopes").Split(','))
                {
                    payload[metaScope.Trim()] = true;
                }

                var pfx = Setting("PfxPath");
                var pfxFile = pfx.StartsWith("~") ? HostingEnvironment.MapPath(pfx) : pfx;
                var pfxPassword = Setting("PfxPassword") ?? Environment.GetEnvironmentVariable("DOCGEN_PFX_PASSWORD");
                using (var cert = new X509Certificate2(pfxFile, pfxPassword, X509KeyStorageFlags.MachineKeySet))
                {
                    var jwt = JWT.Encode(payload, cert.GetRSAPrivateKey(), JwsAlgorithm.RS256);

                    var client = new RestClient(Setting("ExchangeUrl"));
                    var request = new RestRequest(Method.POST) { AlwaysMultipartFormData = true };
                    request.AddParameter("client_id", clientId);
                    request.AddParameter("client_secret", Setting("ClientSecret") ?? Environment.GetEnvironmentVariable("DOCGEN_ADOBE_SECRET"));
                    request.AddParameter("jwt_token", jwt);

                    var response = client.Execute(request);
                    if (!response.IsSuccessful)
                    {
                        Log.ErrorFormat("IMS exchange failed: {0} {1}", (int)response.StatusCode, response.Content);
                        throw new InvalidOperationException("Adobe IMS token exchange failed");
                    }

                    var body = JsonConvert.DeserializeObject<ImsTokenResponse>(response.Content);
                    _token = body.access_token;
                    _expiresAtUtc = DateTime.UtcNow.AddMilliseconds(body.expires_in);
                    return _token;
                }
            }
        }

        private sealed class ImsTokenResponse
        {
            public string token_type { get; set; }
            public string access_token { get; set; }
            public long expires_in { get; set; }
        }
    }
}
