using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Agency.PdfConvert.Legacy
{
    /// <summary>HTML to PDF through the PDF Services REST API with a token from ImsJwtClient.</summary>
    internal static class LegacyRestConverter
    {
        private static readonly HttpClient Http = new() { BaseAddress = new Uri("https://pdf-services.adobe.io/") };

        public static async Task<byte[]> ConvertAsync(string html)
        {
            var (clientId, token) = await ImsJwtClient.GetAccessTokenAsync();
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Http.DefaultRequestHeaders.Remove("x-api-key");
            Http.DefaultRequestHeaders.Add("x-api-key", clientId);

            var asset = await (await Http.PostAsJsonAsync("assets", new { mediaType = "text/html" }))
                .Content.ReadFromJsonAsync<JsonElement>();
            var uploadUri = asset.GetProperty("uploadUri").GetString()!;
            using (var put = new HttpClient())
            {
                var content = new StringContent(html);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/html");
                (await put.PutAsync(uploadUri, content)).EnsureSuccessStatusCode();
            }

            var job = await Http.PostAsJsonAsync("operation/htmltopdf",
                new { assetID = asset.GetProperty("assetID").GetString(), json = "{}", includeHeaderFooter = false });
            var poll = job.Headers.Location!;
            while (true)
            {
                await Task.Delay(1500);
                var status = await Http.GetFromJsonAsync<JsonElement>(poll);
                var s = status.GetProperty("status").GetString();
                if (s == "done")
                {
                    var url = status.GetProperty("asset").GetProperty("downloadUri").GetString()!;
                    using var dl = new HttpClient();
                    return await dl.GetByteArrayAsync(url);
                }
                if (s == "failed") throw new InvalidOperationException(status.ToString());
            }
        }
    }
}
