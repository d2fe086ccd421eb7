namespace ExampleCorp.InvoiceRenderer.Adobe;

public sealed class AdobeIoOptions
{
    public string ImsHost { get; set; } = "https://ims-na1.adobelogin.com";
    public string TokenExchangePath { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string TechnicalAccountId { get; set; } = "";
    public string[] MetaScopes { get; set; } = System.Array.Empty<string>();
    public string CertificatePath { get; set; } = "";
    public string CertificatePassword { get; set; } = "";
}
