using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CampaignSync.Auth;

[Obsolete("Service Account (JWT) credentials are end-of-life. Use OAuthServerToServerTokenProvider (CAMP-412).")]
public sealed class JwtImsTokenProvider : IImsTokenProvider
{
    private readonly AdobeImsOptions _opt;
    private readonly HttpClient _http;
    private readonly ILogger<JwtImsTokenProvider> _log;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires = DateTimeOffset.MinValue;

    public JwtImsTokenProvider(IOptions<AdobeImsOptions> opt, IHttpClientFactory http, ILogger<JwtImsTokenProvider> log)
    {
        _opt = opt.Value;
        _http = http.CreateClient("ims");
        _log = log;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct = default)
    {
        if (_token is not null && DateTimeOffset.UtcNow < _expires) return _token;
        await _lock.WaitAsync(ct);
        try
        {
            if (_token is not null && DateTimeOffset.UtcNow < _expires) return _token;

            using var rsa = RSA.Create();
            rsa.ImportFromPem(_opt.PrivateKeyPem);

            var payload = new JwtPayload
            {
                { "exp", DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds() },
                { "iss", _opt.OrgId },
                { "sub", _opt.TechnicalAccountId },
                { "aud", $"{_opt.ImsHost}/c/{_opt.ClientId}" },
            };
            foreach (var ms in _opt.MetaScopes.Split(',', StringSplitOptions.RemoveEmptyEntries))
                payload[$"{_opt.ImsHost}/s/{ms.Trim()}"] = true;

            var handler = new JwtSecurityTokenHandler();
            var signed = handler.WriteToken(new JwtSecurityToken(new JwtHeader(new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256)), payload));

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = _opt.ClientId,
                ["client_secret"] = _opt.ClientSecret,
                ["jwt_token"] = signed,
            });
            using var resp = await _http.PostAsync($"{_opt.ImsHost}/ims/exchange/jwt", form, ct);
            var body = await resp.Content.ReadAsStringAsync(ct);
            if (!resp.IsSuccessStatusCode)
            {
                _log.LogError("IMS token exchange failed: {Status} {Body}", (int)resp.StatusCode, body);
                resp.EnsureSuccessStatusCode();
            }

            using var doc = JsonDocument.Parse(body);
            _token = doc.RootElement.GetProperty("access_token").GetString();
            _expires = DateTimeOffset.UtcNow.AddHours(20);
            return _token!;
        }
        finally
        {
            _lock.Release();
        }
    }
}
