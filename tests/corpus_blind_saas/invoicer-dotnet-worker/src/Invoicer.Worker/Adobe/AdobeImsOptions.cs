namespace Invoicer.Worker.Adobe;

public sealed class AdobeImsOptions
{
    public string ImsHost { get; set; } = "https://ims-na1.adobelogin.com";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string TechnicalAccountId { get; set; } = "";
    public string[] MetaScopes { get; set; } = ["ent_documentcloud_sdk"];
    public string PrivateKeyPath { get; set; } = "certs/private.key";
}
