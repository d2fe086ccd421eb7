using System.Security.Cryptography.X509Certificates;
using Jose;
using Microsoft.Extensions.Options;
using RestSharp;

namespace ExampleCorp.InvoiceRenderer.Adobe;

/// <summary>
/// Obtains Adobe I/O access tokens for the PDF Services API.
/// Tokens are cached until five minutes before expiry.
/// </summary>
public sealed class ImsTokenProvider
{
    private readonly AdobeIoOptions _opts;
    private readonly ILogger<ImsTokenProvider> _log;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires = DateTimeOffset.MinValue;

    public ImsTokenProvider(IOptions<AdobeIoOptions> opts, ILogger<ImsTokenProvider> log)
    {
        _opts = opts.Value;
        _log = log;
    }

    private string CreateSignedJwt()
    {
        var cert = new X509Certificate2(_opts.CertificatePath, _opts.CertificatePassword,
            X509KeyStorageFlags.Exportable | X509KeyStorageFlags.MachineKeySet);
        var payload = new Dictionary<string, object>
        {
            ["exp"] = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds(),
            ["iss"] = _opts.OrgId,
            ["sub"] = _opts.TechnicalAccountId,
            ["aud"] = $"{_opts.ImsHost}/c/{_opts.ClientId}",
        };
        foreach (var scope in _opts.MetaScopes)
        {
            payload[$"{_opts.ImsHost}/s/{scope}"] = true;
        }
        return JWT.Encode(payload, cert.GetRSAPrivateKey(), JwsAlgorithm.RS256);
    }

    public async Task<string> GetTokenAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_token != null && DateTimeOffset.UtcNow < _expires.AddMinutes(-5)) return _token;

            var client = new RestClient(_opts.ImsHost);
            var req = new RestRequest(_opts.TokenExchangePath, Method.Post) { AlwaysMultipartFormData = true };
            req.AddParameter("client_id", _opts.ClientId);
            req.AddParameter("client_secret", _opts.ClientSecret);
            req.AddParameter("jwt_token", CreateSignedJwt());

            var resp = await client.ExecuteAsync<ImsResponse>(req, ct);
            if (!resp.IsSuccessful || resp.Data == null)
            {
                _log.LogError("IMS token exchange failed: {Status} {Body}", resp.StatusCode, resp.Content);
                throw new InvalidOperationException("Adobe IMS token exchange failed");
            }
            _token = resp.Data.access_token;
            _expires = DateTimeOffset.UtcNow.AddMilliseconds(resp.Data.expires_in);
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record ImsResponse(string token_type, string access_token, long expires_in);
}
