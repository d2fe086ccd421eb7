using System;
using System.Configuration;
using System.Linq;

namespace Contoso.DamConnector.Core.Services
{
    /// <summary>Reads the "Adobe.*" appSettings of the host (Web.config or App.config).</summary>
    public class AdobeImsSettings
    {
        public string AuthMode { get; private set; }
        public string ImsHost { get; private set; }
        public string ClientId { get; private set; }
        public string ClientSecret { get; private set; }
        public string OrgId { get; private set; }
        public string TechnicalAccountId { get; private set; }
        public string[] MetaScopes { get; private set; }
        public string PrivateKeyPath { get; private set; }
        public string[] OAuthScopes { get; private set; }

        public static AdobeImsSettings FromAppSettings()
        {
            var s = ConfigurationManager.AppSettings;
            return new AdobeImsSettings
            {
                AuthMode = s["Adobe.AuthMode"] ?? "Jwt",
                ImsHost = (s["Adobe.ImsHost"] ?? "https://ims-na1.adobelogin.com").TrimEnd('/'),
                ClientId = s["Adobe.ClientId"],
                ClientSecret = Environment.GetEnvironmentVariable("CONTOSO_ADOBE_CLIENT_SECRET") ?? s["Adobe.ClientSecret"],
                OrgId = s["Adobe.OrgId"],
                TechnicalAccountId = s["Adobe.TechnicalAccountId"],
                MetaScopes = Split(s["Adobe.MetaScopes"]),
                PrivateKeyPath = s["Adobe.PrivateKeyPath"],
                OAuthScopes = Split(s["Adobe.OAuthScopes"])
            };
        }

        private static string[] Split(string value)
        {
            return (value ?? string.Empty)
                .Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(x => x.Trim())
                .ToArray();
        }
    }
}
