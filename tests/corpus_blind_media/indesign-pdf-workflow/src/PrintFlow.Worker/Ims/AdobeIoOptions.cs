namespace PrintFlow.Worker.Ims;

public sealed class AdobeIoOptions
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string TechnicalAccountId { get; set; } = "";
    public string PrivateKeyPath { get; set; } = "";
    public string EventsProviderId { get; set; } = "";
    public string EventCode { get; set; } = "";
}
