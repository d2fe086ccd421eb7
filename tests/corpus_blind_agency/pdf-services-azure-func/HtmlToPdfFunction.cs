using System.Net;
using Adobe.PDFServicesSDK;
using Adobe.PDFServicesSDK.auth;
using Adobe.PDFServicesSDK.io;
using Adobe.PDFServicesSDK.pdfjobs.jobs;
using Adobe.PDFServicesSDK.pdfjobs.parameters.htmltopdf;
using Adobe.PDFServicesSDK.pdfjobs.results;
using Agency.PdfConvert.Legacy;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Agency.PdfConvert
{
    public class HtmlToPdfFunction
    {
        private readonly ILogger _log;

        public HtmlToPdfFunction(ILoggerFactory loggerFactory)
        {
            _log = loggerFactory.CreateLogger<HtmlToPdfFunction>();
        }

        [Function("HtmlToPdf")]
        public async Task<HttpResponseData> Run(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = "convert/{tenant}")] HttpRequestData req,
            string tenant)
        {
            var html = await req.ReadAsStringAsync() ?? string.Empty;
            byte[] pdf = tenant == "client-b"
                ? await LegacyRestConverter.ConvertAsync(html)   // still on the old credential (AG-377)
                : ConvertWithSdk(html);

            var blobs = new BlobServiceClient(
                new Uri(Environment.GetEnvironmentVariable("OUTPUT_ACCOUNT_URL")!),
                new ClientSecretCredential(
                    Environment.GetEnvironmentVariable("AZURE_TENANT_ID"),
                    Environment.GetEnvironmentVariable("AZURE_CLIENT_ID"),
                    Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET")));
            var name = $"{tenant}/{DateTime.UtcNow:yyyyMMdd-HHmmss}.pdf";
            await blobs.GetBlobContainerClient("pdf-out").UploadBlobAsync(name, new BinaryData(pdf));

            var res = req.CreateResponse(HttpStatusCode.Created);
            await res.WriteStringAsync(name);
            return res;
        }

        private byte[] ConvertWithSdk(string html)
        {
            // var credentials = Credentials.ServiceAccountCredentialsBuilder().FromFile("pdfservices-api-credentials.json").Build();
            ICredentials credentials = new ServicePrincipalCredentials(
                Environment.GetEnvironmentVariable("PDF_SERVICES_CLIENT_ID"),
                Environment.GetEnvironmentVariable("PDF_SERVICES_CLIENT_SECRET"));
            var pdfServices = new PDFServices(credentials);

            using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html));
            IAsset asset = pdfServices.Upload(input, PDFServicesMediaType.HTML.GetMIMETypeValue());
            var parameters = HTMLToPDFParams.HTMLToPDFParamsBuilder().IncludeHeaderFooter(false).Build();
            var job = new HTMLToPDFJob(asset).SetParams(parameters);
            string location = pdfServices.Submit(job);
            var result = pdfServices.GetJobResult<HTMLToPDFResult>(location, typeof(HTMLToPDFResult));
            var content = pdfServices.GetContent(result.PDFServicesResponse.Result.Asset);
            using var ms = new MemoryStream();
            content.Stream.CopyTo(ms);
            _log.LogInformation("converted {Bytes} bytes of HTML", html.Length);
            return ms.ToArray();
        }
    }
}
