using System;
using System.Configuration;
using Newtonsoft.Json;
using RestSharp;

namespace Acme.DocGen.Core.Adobe
{
    public sealed class PdfServicesClient
    {
        private readonly IAdobeTokenProvider _tokens;
        private readonly RestClient _client = new RestClient(ConfigurationManager.AppSettings["PdfServices:BaseUrl"]);

        public PdfServicesClient(IAdobeTokenProvider tokens) { _tokens = tokens; }

        public string CreateHtmlToPdfJob(string inputAssetId)
        {
            var request = new RestRequest("operation/htmltopdf", Method.POST);
            request.AddHeader("Authorization", "Bearer " + _tokens.GetAccessToken());
            request.AddHeader("x-api-key", ConfigurationManager.AppSettings["AdobeIms:ClientId"]);
            request.AddJsonBody(new { assetID = inputAssetId, json = "{}", includeHeaderFooter = false, pageLayout = new { pageWidth = 8.5, pageHeight = 11 } });
            var response = _client.Execute(request);
            if ((int)response.StatusCode != 201)
            {
                throw new InvalidOperationException("PDF Services rejected the job: " + response.Content);
            }
            return response.Headers.ToString();
        }
    }
}
