namespace Contoso.DamConnector.Core.Services
{
    public interface IAdobeTokenProvider
    {
        AdobeAccessToken GetToken();
    }
}
