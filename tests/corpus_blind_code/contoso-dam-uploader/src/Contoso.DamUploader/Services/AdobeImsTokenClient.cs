using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Contoso.DamUploader.Options;
using Microsoft.Extensions.Options;

namespace Contoso.DamUploader.Services;

public interface IAdobeTokenSource
{
    Task<string> GetTokenAsync(CancellationToken ct = default);
}

/// <summary>
/// Access tokens for the Lightroom API via the OAuth Server-to-Server credential.
/// </summary>
public sealed class AdobeImsTokenClient : IAdobeTokenSource
{
    private readonly HttpClient _http;
    private readonly AdobeImsOptions _opts;
    private readonly ILogger<AdobeImsTokenClient> _log;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    public AdobeImsTokenClient(HttpClient http, IOptions<AdobeImsOptions> opts, ILogger<AdobeImsTokenClient> log)
    {
        _http = http;
        _opts = opts.Value;
        _log = log;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct = default)
    {
        if (_cached is not null && _cached.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(2))
            return _cached.AccessToken;

        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is not null && _cached.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(2))
                return _cached.AccessToken;

            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _opts.ClientId,
                ["client_secret"] = _opts.ClientSecret,
                ["scope"] = _opts.Scopes,
            };
            using var resp = await _http.PostAsync($"{_opts.BaseUrl.TrimEnd('/')}{_opts.TokenPath}", new FormUrlEncodedContent(form), ct);
            resp.EnsureSuccessStatusCode();
            var body = await resp.Content.ReadFromJsonAsync<ImsTokenResponse>(cancellationToken: ct)
                       ?? throw new InvalidOperationException("empty IMS response");
            _cached = new CachedToken(body.AccessToken, DateTimeOffset.UtcNow.AddSeconds(body.ExpiresIn));
            _log.LogInformation("IMS token refreshed, expires {ExpiresAt:o}", _cached.ExpiresAt);
            return _cached.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    // ---- Service Account (JWT) implementation from before the 2025 switch. ----
    // Kept for reference until the old credential is deleted from the Console
    // project. Do NOT re-enable: Adobe converted that credential.
    //
    // private string BuildAssertion()
    // {
    //     using var rsa = RSA.Create();
    //     rsa.ImportFromPem(_keyPem);
    //     var claims = new Dictionary<string, object>
    //     {
    //         ["iss"] = _opts.OrgId,
    //         ["sub"] = _opts.TechnicalAccountId,
    //         ["aud"] = $"{_opts.BaseUrl}/c/{_opts.ClientId}",
    //         [$"{_opts.BaseUrl}/s/ent_ccas_sdk"] = true,
    //     };
    //     return new JwtSecurityTokenHandler().CreateEncodedJwt(new SecurityTokenDescriptor { Claims = claims, Expires = DateTime.UtcNow.AddMinutes(5), SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256) });
    // }
    //
    // var exchange = await _http.PostAsync("https://ims-na1.adobelogin.com/ims/exchange/jwt",
    //     new FormUrlEncodedContent(new Dictionary<string, string> {
    //         ["client_id"] = _opts.ClientId,
    //         ["client_secret"] = _opts.ClientSecret,
    //         ["jwt_token"] = BuildAssertion() }), ct);
    // _cached = new CachedToken(body.AccessToken, DateTimeOffset.UtcNow.AddMilliseconds(body.ExpiresIn));

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt);

    private sealed class ImsTokenResponse
    {
        [JsonPropertyName("access_token")] public string AccessToken { get; set; } = string.Empty;
        [JsonPropertyName("token_type")] public string TokenType { get; set; } = string.Empty;
        [JsonPropertyName("expires_in")] public long ExpiresIn { get; set; }
    }
}
