using System;
using System.Configuration;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace Contoso.DamConnector.Core.Services
{
    /// <summary>
    /// App-only token for SharePoint Online (Azure AD app registration "Contoso DAM Connector").
    /// Renditions are published to the Marketing Assets site collection.
    /// </summary>
    public class SharePointTokenProvider
    {
        private const string Authority = "https://login.microsoftonline.com/{0}";
        private const string Resource = "https://contoso.sharepoint.com";

        public async Task<string> GetTokenAsync()
        {
            var tenant = ConfigurationManager.AppSettings["ida:Tenant"];
            var clientId = ConfigurationManager.AppSettings["ida:ClientId"];
            var clientSecret = ConfigurationManager.AppSettings["ida:ClientSecret"];

            var context = new AuthenticationContext(string.Format(Authority, tenant));
            var credential = new ClientCredential(clientId, clientSecret);
            AuthenticationResult result = await context.AcquireTokenAsync(Resource, credential);
            return result.AccessToken;
        }
    }
}
