using System.Net.Http.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ClaimsCorrespondence.Api.Ims;

/// <summary>
/// OAuth Server-to-Server (client credentials) token for Adobe Campaign. CLM-2290.
/// </summary>
public sealed class ClientCredentialsImsTokenProvider : IImsTokenProvider
{
    private const string CacheKey = "adobe-ims-s2s-token";
    private readonly AdobeImsOptions _opt;
    private readonly IHttpClientFactory _http;
    private readonly IMemoryCache _cache;

    public ClientCredentialsImsTokenProvider(IOptions<AdobeImsOptions> opt, IHttpClientFactory http, IMemoryCache cache)
    {
        _opt = opt.Value;
        _http = http;
        _cache = cache;
    }

    public async Task<string> GetAccessTokenAsync(CancellationToken ct = default)
    {
        if (_cache.TryGetValue(CacheKey, out string? cached) && cached is not null)
        {
            return cached;
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _opt.ClientId,
            ["client_secret"] = _opt.ClientSecret,
            ["scope"] = _opt.Scopes,
        });
        var resp = await _http.CreateClient("ims").PostAsync(_opt.TokenEndpoint, form, ct);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<ImsTokenResponse>(cancellationToken: ct)
                   ?? throw new InvalidOperationException("empty IMS response");

        _cache.Set(CacheKey, body.AccessToken, TimeSpan.FromSeconds(body.ExpiresIn) - TimeSpan.FromMinutes(5));
        return body.AccessToken;
    }
}
