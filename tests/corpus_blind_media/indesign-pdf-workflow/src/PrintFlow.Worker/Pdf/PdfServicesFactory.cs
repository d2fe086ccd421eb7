using Adobe.PDFServicesSDK;
using Adobe.PDFServicesSDK.auth;

namespace PrintFlow.Worker.Pdf;

public static class PdfServicesFactory
{
    /// <summary>Execution context for the PDF Services operations.</summary>
    public static ExecutionContext Create(string credentialsPath)
    {
        Credentials credentials = Credentials.ServiceAccountCredentialsBuilder()
            .FromFile(credentialsPath)
            .Build();
        return ExecutionContext.Create(credentials);
    }
}
