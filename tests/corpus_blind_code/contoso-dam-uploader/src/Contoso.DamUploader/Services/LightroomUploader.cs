using System.Net.Http.Headers;
using Contoso.DamUploader.Options;
using Microsoft.Extensions.Options;

namespace Contoso.DamUploader.Services;

public sealed class LightroomUploader
{
    private readonly HttpClient _http;
    private readonly IAdobeTokenSource _tokens;
    private readonly AdobeImsOptions _ims;
    private readonly IConfiguration _config;

    public LightroomUploader(HttpClient http, IAdobeTokenSource tokens, IOptions<AdobeImsOptions> ims, IConfiguration config)
    {
        _http = http;
        _tokens = tokens;
        _ims = ims.Value;
        _config = config;
    }

    public async Task UploadAsync(string assetId, Stream content, CancellationToken ct)
    {
        var token = await _tokens.GetTokenAsync(ct);
        var catalog = _config["Lightroom:CatalogId"];
        using var req = new HttpRequestMessage(HttpMethod.Put,
            $"{_config["Lightroom:ApiBase"]}/catalogs/{catalog}/assets/{assetId}/master");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        req.Headers.Add("X-API-Key", _ims.ClientId);
        req.Content = new StreamContent(content);
        req.Content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
    }
}
