namespace ClaimsCorrespondence.Api.Ims;

public interface IImsTokenProvider
{
    Task<string> GetAccessTokenAsync(CancellationToken ct = default);
}

internal sealed record ImsTokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] long ExpiresIn);
