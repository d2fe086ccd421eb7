using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Jose;
using Microsoft.Extensions.Options;

namespace PdfArchiver.Adobe;

/// <summary>Legacy token source (technical account + private key). Kept until UseServicePrincipal is on everywhere.</summary>
public sealed class AdobeImsJwtClient : IAdobeTokenSource
{
    private const string ExchangePath = "/ims/exchange/jwt/";

    private readonly HttpClient _http;
    private readonly AdobeOptions _opt;

    public AdobeImsJwtClient(HttpClient http, IOptions<AdobeOptions> opt)
    {
        _http = http;
        _opt = opt.Value;
    }

    private sealed class ImsResponse
    {
        [JsonPropertyName("access_token")] public string AccessToken { get; set; } = "";
        [JsonPropertyName("expires_in")] public long ExpiresIn { get; set; }
    }

    public async Task<AdobeToken> GetTokenAsync(CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["exp"] = now.AddMinutes(5).ToUnixTimeSeconds(),
            ["iss"] = _opt.OrganizationId,
            ["sub"] = _opt.AccountId,
            ["aud"] = $"{_opt.ImsHost}/c/{_opt.ClientId}",
        };
        foreach (var scope in _opt.MetaScopes.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            claims[scope.Trim()] = true;
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(await File.ReadAllTextAsync(_opt.PrivateKeyFile, ct));
        var assertion = JWT.Encode(claims, rsa, JwsAlgorithm.RS256);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(_opt.ClientId), "client_id" },
            { new StringContent(_opt.ClientSecret), "client_secret" },
            { new StringContent(assertion), "jwt_token" },
        };
        using var resp = await _http.PostAsync(_opt.ImsHost + ExchangePath, form, ct);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<ImsResponse>(cancellationToken: ct)
                   ?? throw new InvalidOperationException("empty IMS response");
        return new AdobeToken(body.AccessToken, now.AddMilliseconds(body.ExpiresIn));
    }
}
