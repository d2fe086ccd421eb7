using Adobe.PDFServicesSDK;
using Adobe.PDFServicesSDK.auth;
using Microsoft.Extensions.Options;

namespace PdfArchiver.Adobe;

/// <summary>OCR + compression go through the SDK; both credential styles are supported during the switch.</summary>
public sealed class PdfSdkFactory
{
    private readonly AdobeOptions _opt;

    public PdfSdkFactory(IOptions<AdobeOptions> opt) => _opt = opt.Value;

    public PDFServices Create()
    {
        ICredentials credentials = _opt.UseServicePrincipal
            ? new ServicePrincipalCredentials(_opt.ClientId, _opt.ClientSecret)
            : ServiceAccountCredentials.Builder()
                .FromFile("pdfservices-api-credentials.json")
                .Build();
        return new PDFServices(credentials);
    }
}
