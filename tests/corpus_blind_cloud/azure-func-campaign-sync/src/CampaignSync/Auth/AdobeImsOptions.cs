namespace CampaignSync.Auth;

public sealed class AdobeImsOptions
{
    public string ImsHost { get; set; } = "https://ims-na1.adobelogin.com";
    public string AuthMode { get; set; } = "jwt";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string TenantApiUrl { get; set; } = "https://mc.adobe.io/acme-eu";

    // --- Service Account (JWT), remove with CAMP-412 ---
    public string TechnicalAccountId { get; set; } = "";
    public string MetaScopes { get; set; } = "ent_campaign_sdk";
    public string PrivateKeyPem { get; set; } = "";

    // --- OAuth Server-to-Server ---
    public string Scopes { get; set; } = "openid,AdobeID,campaign_sdk,additional_info.projectedProductContext,campaign_config_server_general,deliverability_service_general";
}
