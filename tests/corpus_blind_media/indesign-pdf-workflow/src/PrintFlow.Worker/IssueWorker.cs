using PrintFlow.Worker.Ims;
using PrintFlow.Worker.InDesign;
using PrintFlow.Worker.Pdf;

namespace PrintFlow.Worker;

public sealed class IssueWorker : BackgroundService
{
    private readonly IdsSoapClient _ids;
    private readonly PdfOptimizer _pdf;
    private readonly AdobeIoTokenClient _tokens;
    private readonly ILogger<IssueWorker> _log;

    public IssueWorker(IdsSoapClient ids, PdfOptimizer pdf, AdobeIoTokenClient tokens, ILogger<IssueWorker> log)
    {
        _ids = ids;
        _pdf = pdf;
        _tokens = tokens;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // queue handling trimmed: one issue folder per message
            var issueFolder = await NextIssueAsync(stoppingToken);
            if (issueFolder is null)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
                continue;
            }
            await _ids.RunScriptAsync("export-print-pdf.jsx", issueFolder, stoppingToken);
            var pdf = Path.Combine(issueFolder, "export", "issue.pdf");
            _pdf.Compress(pdf, Path.ChangeExtension(pdf, ".min.pdf"));
            var token = await _tokens.GetTokenAsync(stoppingToken);
            _log.LogInformation("issue {Folder} rendered; event token length {Len}", issueFolder, token.Length);
        }
    }

    private static Task<string?> NextIssueAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
