using Adobe.PDFServicesSDK;
using Adobe.PDFServicesSDK.auth;
using Adobe.PDFServicesSDK.config;

namespace Acme.Finance.InvoicePdf.Adobe;

public sealed class PdfServicesFactory
{
    private readonly IConfiguration _config;

    public PdfServicesFactory(IConfiguration config) => _config = config;

    public PDFServices Create()
    {
        var clientId = _config["AdobeIms:ClientId"]
            ?? throw new InvalidOperationException("AdobeIms:ClientId missing");
        var clientSecret = _config["Adobe:ClientSecret"]
            ?? throw new InvalidOperationException("Adobe:ClientSecret missing (k8s secret invoice-pdf-adobe)");

        ICredentials credentials = new ServicePrincipalCredentials(clientId, clientSecret);

        var region = _config["PdfServices:Region"] == "EU" ? Region.EU : Region.US;
        var clientConfig = ClientConfig.ConfigBuilder().SetRegion(region).Build();
        return new PDFServices(credentials, clientConfig);
    }
}
