namespace ClaimsCorrespondence.Api.Ims;

public sealed class AdobeImsOptions
{
    public const string Section = "AdobeIms";

    public string AuthMode { get; set; } = "Jwt";
    public string JwtExchangeEndpoint { get; set; } = "";
    public string TokenEndpoint { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string TechnicalAccountId { get; set; } = "";
    public string[] Metascopes { get; set; } = Array.Empty<string>();
    public string Scopes { get; set; } = "";
    public string SigningCertificatePath { get; set; } = "";
    public string SigningCertificateThumbprint { get; set; } = "";
    public string SigningCertificatePassword { get; set; } = "";
}
