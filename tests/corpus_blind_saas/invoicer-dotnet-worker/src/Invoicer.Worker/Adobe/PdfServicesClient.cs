using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Invoicer.Worker.Adobe;

public sealed class PdfServicesClient(HttpClient http, ImsTokenService ims, IOptions<AdobeImsOptions> options)
{
    public async Task<byte[]> HtmlToPdfAsync(string html, CancellationToken ct)
    {
        var token = await ims.GetTokenAsync(ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        http.DefaultRequestHeaders.Remove("x-api-key");
        http.DefaultRequestHeaders.Add("x-api-key", options.Value.ClientId);

        var assetResp = await http.PostAsJsonAsync("assets", new { mediaType = "text/html" }, ct);
        assetResp.EnsureSuccessStatusCode();
        var asset = await assetResp.Content.ReadFromJsonAsync<AssetUpload>(cancellationToken: ct)
                    ?? throw new InvalidOperationException("no asset");
        using (var put = new HttpRequestMessage(HttpMethod.Put, asset.uploadUri) { Content = new StringContent(html) })
        {
            put.Content.Headers.ContentType = new MediaTypeHeaderValue("text/html");
            (await new HttpClient().SendAsync(put, ct)).EnsureSuccessStatusCode();
        }

        var job = await http.PostAsJsonAsync("operation/htmltopdf", new { assetID = asset.assetID, json = "{}", includeHeaderFooter = false }, ct);
        job.EnsureSuccessStatusCode();
        var location = job.Headers.Location ?? throw new InvalidOperationException("no job location");
        while (true)
        {
            await Task.Delay(2000, ct);
            var status = await http.GetFromJsonAsync<JobStatus>(location, ct);
            if (status?.status == "done") return await new HttpClient().GetByteArrayAsync(status.asset!.downloadUri, ct);
            if (status?.status == "failed") throw new InvalidOperationException("PDF Services job failed");
        }
    }

    private sealed record AssetUpload(string uploadUri, string assetID);
    private sealed record JobStatus(string status, JobAsset? asset);
    private sealed record JobAsset(string downloadUri);
}
