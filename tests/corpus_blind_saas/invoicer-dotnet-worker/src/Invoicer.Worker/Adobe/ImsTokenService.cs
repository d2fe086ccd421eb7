using System.Security.Cryptography;
using Jose;
using Microsoft.Extensions.Options;
using RestSharp;

namespace Invoicer.Worker.Adobe;

/// <summary>Gets an access token for PDF Services using the Service Account (JWT) credential.</summary>
public sealed class ImsTokenService(IOptions<AdobeImsOptions> options, ILogger<ImsTokenService> logger)
{
    private const string ExchangeUrl = "https://ims-na1.adobelogin.com/ims/exchange/jwt/";
    private readonly AdobeImsOptions _opts = options.Value;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires = DateTimeOffset.MinValue;

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            if (_token is not null && DateTimeOffset.UtcNow < _expires) return _token;

            var payload = new Dictionary<string, object>
            {
                { "exp", DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds() },
                { "iss", _opts.OrgId },
                { "sub", _opts.TechnicalAccountId },
                { "aud", $"https://ims-na1.adobelogin.com/c/{_opts.ClientId}" },
            };
            foreach (var scope in _opts.MetaScopes)
            {
                payload[$"https://ims-na1.adobelogin.com/s/{scope}"] = true;
            }

            using var rsa = RSA.Create();
            rsa.ImportFromPem(await File.ReadAllTextAsync(_opts.PrivateKeyPath, ct));
            var jwt = JWT.Encode(payload, rsa, JwsAlgorithm.RS256);

            var client = new RestClient(ExchangeUrl);
            var request = new RestRequest("", Method.Post) { AlwaysMultipartFormData = true };
            request.AddParameter("client_id", _opts.ClientId);
            request.AddParameter("client_secret", _opts.ClientSecret);
            request.AddParameter("jwt_token", jwt);
            var response = await client.ExecuteAsync<TokenResponse>(request, ct);
            if (!response.IsSuccessful || response.Data is null)
            {
                logger.LogError("IMS exchange failed: {Status} {Body}", response.StatusCode, response.Content);
                throw new InvalidOperationException("Adobe IMS token exchange failed");
            }

            _token = response.Data.access_token;
            // expires_in is in milliseconds for the JWT exchange
            _expires = DateTimeOffset.UtcNow.AddMilliseconds(response.Data.expires_in).AddMinutes(-5);
            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    private sealed record TokenResponse(string token_type, string access_token, long expires_in);
}
