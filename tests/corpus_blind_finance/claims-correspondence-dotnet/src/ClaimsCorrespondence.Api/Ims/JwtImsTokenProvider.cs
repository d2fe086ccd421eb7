using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using Jose;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ClaimsCorrespondence.Api.Ims;

/// <summary>
/// Legacy Adobe IMS Service Account (JWT) flow. Kept for Production until CLM-2290.
/// </summary>
public sealed class JwtImsTokenProvider : IImsTokenProvider
{
    private const string CacheKey = "adobe-ims-jwt-token";
    private readonly AdobeImsOptions _opt;
    private readonly IHttpClientFactory _http;
    private readonly IMemoryCache _cache;

    public JwtImsTokenProvider(IOptions<AdobeImsOptions> opt, IHttpClientFactory http, IMemoryCache cache)
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

        var claims = new Dictionary<string, object>
        {
            ["exp"] = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds(),
            ["iss"] = _opt.OrgId,
            ["sub"] = _opt.TechnicalAccountId,
            ["aud"] = $"https://ims-na1.adobelogin.com/c/{_opt.ClientId}",
        };
        foreach (var metascope in _opt.Metascopes)
        {
            claims[$"https://ims-na1.adobelogin.com/s/{metascope}"] = true;
        }

        using var cert = LoadSigningCertificate();
        var signed = JWT.Encode(claims, cert.GetRSAPrivateKey(), JwsAlgorithm.RS256);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(_opt.ClientId), "client_id" },
            { new StringContent(_opt.ClientSecret), "client_secret" },
            { new StringContent(signed), "jwt_token" },
        };
        var resp = await _http.CreateClient("ims").PostAsync(_opt.JwtExchangeEndpoint, form, ct);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<ImsTokenResponse>(cancellationToken: ct)
                   ?? throw new InvalidOperationException("empty IMS response");

        // IMS returns expires_in in milliseconds for the JWT exchange
        _cache.Set(CacheKey, body.AccessToken, TimeSpan.FromMilliseconds(body.ExpiresIn) - TimeSpan.FromMinutes(5));
        return body.AccessToken;
    }

    private X509Certificate2 LoadSigningCertificate()
    {
        if (!string.IsNullOrEmpty(_opt.SigningCertificateThumbprint))
        {
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, _opt.SigningCertificateThumbprint, false);
            return found.Count > 0 ? found[0] : throw new InvalidOperationException("signing certificate not found");
        }
        return new X509Certificate2(_opt.SigningCertificatePath, _opt.SigningCertificatePassword,
            X509KeyStorageFlags.EphemeralKeySet);
    }
}
