using System;

namespace Contoso.DamConnector.Core.Services
{
    public class AdobeAccessToken
    {
        public string Value { get; set; }

        public DateTime ExpiresAtUtc { get; set; }

        public bool IsExpired
        {
            get { return DateTime.UtcNow.AddMinutes(2) >= ExpiresAtUtc; }
        }
    }
}
