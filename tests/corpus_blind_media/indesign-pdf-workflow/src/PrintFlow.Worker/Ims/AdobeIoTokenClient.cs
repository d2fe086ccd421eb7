using System.Security.Cryptography;
using System.Text.Json;
using Jose;
using Microsoft.Extensions.Options;
using RestSharp;

namespace PrintFlow.Worker.Ims;

/// <summary>
/// Gets an access token for Adobe I/O Events with the service account of the
/// "PrintFlow" Developer Console project.
/// </summary>
public sealed class AdobeIoTokenClient
{
    private const string ImsHost = "https://ims-na1.adobelogin.com";
    private const string ExchangeUrl = ImsHost + "/ims/exchange/jwt/";
    private static readonly string[] Metascopes = { "ent_adobeio_sdk", "event_receiver_api" };

    private readonly AdobeIoOptions _options;
    private string? _token;
    private DateTimeOffset _expires = DateTimeOffset.MinValue;

    public AdobeIoTokenClient(IOptions<AdobeIoOptions> options)
    {
        _options = options.Value;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        if (_token is not null && _expires > DateTimeOffset.UtcNow.AddMinutes(5))
        {
            return _token;
        }

        var payload = new Dictionary<string, object>
        {
            { "exp", DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds() },
            { "iss", _options.OrgId },
            { "sub", _options.TechnicalAccountId },
            { "aud", $"{ImsHost}/c/{_options.ClientId}" },
        };
        foreach (var scope in Metascopes)
        {
            payload[$"{ImsHost}/s/{scope}"] = true;
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(await File.ReadAllTextAsync(_options.PrivateKeyPath, ct));
        var jwt = JWT.Encode(payload, rsa, JwsAlgorithm.RS256);

        var client = new RestClient();
        var request = new RestRequest(ExchangeUrl, Method.Post) { AlwaysMultipartFormData = true };
        request.AddParameter("client_id", _options.ClientId);
        request.AddParameter("client_secret", _options.ClientSecret);
        request.AddParameter("jwt_token", jwt);

        var response = await client.ExecuteAsync(request, ct);
        if (!response.IsSuccessful || response.Content is null)
        {
            throw new InvalidOperationException($"IMS token request failed: {(int)response.StatusCode} {response.Content}");
        }

        using var doc = JsonDocument.Parse(response.Content);
        _token = doc.RootElement.GetProperty("access_token").GetString();
        _expires = DateTimeOffset.UtcNow.AddHours(23);
        return _token!;
    }
}
