namespace PdfArchiver.Adobe;

public sealed class AdobeOptions
{
    public bool UseServicePrincipal { get; set; }
    public string ImsHost { get; set; } = "https://ims-na1.adobelogin.com";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string OrganizationId { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string MetaScopes { get; set; } = "";
    public string PrivateKeyFile { get; set; } = "";
    public string PdfServicesTokenUrl { get; set; } = "";
    public string PdfServicesBaseUrl { get; set; } = "";
}

public sealed record AdobeToken(string AccessToken, DateTimeOffset ExpiresAt);

public interface IAdobeTokenSource
{
    Task<AdobeToken> GetTokenAsync(CancellationToken ct);
}
