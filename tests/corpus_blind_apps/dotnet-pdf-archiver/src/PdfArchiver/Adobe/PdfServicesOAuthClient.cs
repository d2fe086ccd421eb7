using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace PdfArchiver.Adobe;

/// <summary>New token source: PDF Services token endpoint with client id + secret.</summary>
public sealed class PdfServicesOAuthClient : IAdobeTokenSource
{
    private readonly HttpClient _http;
    private readonly AdobeOptions _opt;

    public PdfServicesOAuthClient(HttpClient http, IOptions<AdobeOptions> opt)
    {
        _http = http;
        _opt = opt.Value;
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")] public string AccessToken { get; set; } = "";
        [JsonPropertyName("expires_in")] public int ExpiresIn { get; set; }
    }

    public async Task<AdobeToken> GetTokenAsync(CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = _opt.ClientId,
            ["client_secret"] = _opt.ClientSecret,
        });
        using var resp = await _http.PostAsync(_opt.PdfServicesTokenUrl, form, ct);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                   ?? throw new InvalidOperationException("empty token response");
        return new AdobeToken(body.AccessToken, DateTimeOffset.UtcNow.AddSeconds(body.ExpiresIn));
    }
}
