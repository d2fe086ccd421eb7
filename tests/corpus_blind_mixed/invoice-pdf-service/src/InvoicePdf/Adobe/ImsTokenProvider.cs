using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Acme.Finance.InvoicePdf.Adobe;

/// <summary>
/// Access tokens for the Analytics 2.0 API (invoice volume dashboards). Cached per process.
/// </summary>
public sealed class ImsTokenProvider
{
    private readonly HttpClient _http;
    private readonly IConfiguration _config;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt = DateTimeOffset.MinValue;

    public ImsTokenProvider(HttpClient http, IConfiguration config)
    {
        _http = http;
        _config = config;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct = default)
    {
        if (_token is not null && DateTimeOffset.UtcNow < _expiresAt) return _token;
        await _lock.WaitAsync(ct);
        try
        {
            if (_token is not null && DateTimeOffset.UtcNow < _expiresAt) return _token;

            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _config["AdobeIms:ClientId"]!,
                ["client_secret"] = _config["Adobe:ClientSecret"]!,
                ["scope"] = _config["AdobeIms:Scopes"]!,
            });
            using var resp = await _http.PostAsync(_config["AdobeIms:TokenEndpoint"], form, ct);
            resp.EnsureSuccessStatusCode();
            var body = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                ?? throw new InvalidOperationException("empty IMS response");

            _token = body.AccessToken;
            _expiresAt = DateTimeOffset.UtcNow.AddSeconds(body.ExpiresIn - 300);
            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] long ExpiresIn);
}
