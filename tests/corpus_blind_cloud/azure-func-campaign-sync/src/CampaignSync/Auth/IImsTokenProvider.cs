namespace CampaignSync.Auth;

public interface IImsTokenProvider
{
    Task<string> GetTokenAsync(CancellationToken ct = default);
}
