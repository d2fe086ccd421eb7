namespace Contoso.DamUploader.Options;

public sealed class AdobeImsOptions
{
    public const string Section = "AdobeIms";

    public string BaseUrl { get; set; } = "https://ims-na1.adobelogin.com";
    public string TokenPath { get; set; } = string.Empty;
    public string ClientId { get; set; } = string.Empty;
    public string ClientSecret { get; set; } = string.Empty;
    public string OrgId { get; set; } = string.Empty;
    public string Scopes { get; set; } = string.Empty;
}
