using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace CampaignSync.Auth;

public sealed class OAuthServerToServerTokenProvider : IImsTokenProvider
{
    private sealed record TokenResponse(string access_token, string token_type, long expires_in);

    private readonly AdobeImsOptions _opt;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires = DateTimeOffset.MinValue;

    public OAuthServerToServerTokenProvider(IOptions<AdobeImsOptions> opt, IHttpClientFactory http)
    {
        _opt = opt.Value;
        _http = http.CreateClient("ims");
    }

    public async Task<string> GetTokenAsync(CancellationToken ct = default)
    {
        if (_token is not null && DateTimeOffset.UtcNow < _expires) return _token;
        await _lock.WaitAsync(ct);
        try
        {
            if (_token is not null && DateTimeOffset.UtcNow < _expires) return _token;

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _opt.ClientId,
                ["client_secret"] = _opt.ClientSecret,
                ["scope"] = _opt.Scopes,
            });
            using var resp = await _http.PostAsync($"{_opt.ImsHost}/ims/token/v3", form, ct);
            resp.EnsureSuccessStatusCode();
            var tr = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                     ?? throw new InvalidOperationException("empty IMS response");
            _token = tr.access_token;
            // seconds, unlike the old exchange
            _expires = DateTimeOffset.UtcNow.AddSeconds(tr.expires_in - 300);
            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }
}
