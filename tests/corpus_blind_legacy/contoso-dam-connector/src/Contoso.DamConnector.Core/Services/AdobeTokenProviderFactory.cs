using System;

namespace Contoso.DamConnector.Core.Services
{
    public static class AdobeTokenProviderFactory
    {
        private static readonly object Sync = new object();
        private static AdobeAccessToken _cached;

        public static IAdobeTokenProvider Create(AdobeImsSettings settings)
        {
            switch ((settings.AuthMode ?? "Jwt").Trim().ToLowerInvariant())
            {
                case "oauths2s":
                    return new AdobeOAuthTokenProvider(settings);
                case "jwt":
                    return new AdobeJwtTokenProvider(settings);
                default:
                    throw new ArgumentException("Unknown Adobe.AuthMode '" + settings.AuthMode + "'");
            }
        }

        public static string GetAccessToken()
        {
            lock (Sync)
            {
                if (_cached == null || _cached.IsExpired)
                {
                    _cached = Create(AdobeImsSettings.FromAppSettings()).GetToken();
                }
                return _cached.Value;
            }
        }
    }
}
