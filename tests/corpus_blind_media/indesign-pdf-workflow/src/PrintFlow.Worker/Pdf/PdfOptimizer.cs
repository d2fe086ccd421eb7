using Adobe.PDFServicesSDK;
using Adobe.PDFServicesSDK.io;
using Adobe.PDFServicesSDK.options.compresspdf;
using Adobe.PDFServicesSDK.pdfops;

namespace PrintFlow.Worker.Pdf;

public sealed class PdfOptimizer
{
    private readonly ExecutionContext _context;
    private readonly ILogger<PdfOptimizer> _log;

    public PdfOptimizer(ExecutionContext context, ILogger<PdfOptimizer> log)
    {
        _context = context;
        _log = log;
    }

    public string Compress(string inputPath, string outputPath)
    {
        var operation = CompressPDFOperation.CreateNew();
        operation.SetInput(FileRef.CreateFromLocalFile(inputPath));
        operation.SetOptions(CompressPDFOptions.CompressPDFOptionsBuilder()
            .WithCompressionLevel(CompressionLevel.MEDIUM)
            .Build());
        var result = operation.Execute(_context);
        result.SaveAs(outputPath);
        _log.LogInformation("compressed {Input} -> {Output}", inputPath, outputPath);
        return outputPath;
    }

    public string Linearize(string inputPath, string outputPath)
    {
        var operation = LinearizePDFOperation.CreateNew();
        operation.SetInput(FileRef.CreateFromLocalFile(inputPath));
        operation.Execute(_context).SaveAs(outputPath);
        return outputPath;
    }
}
