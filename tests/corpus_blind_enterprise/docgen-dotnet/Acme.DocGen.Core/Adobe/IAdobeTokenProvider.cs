namespace Acme.DocGen.Core.Adobe
{
    public interface IAdobeTokenProvider
    {
        string GetAccessToken();
    }
}
