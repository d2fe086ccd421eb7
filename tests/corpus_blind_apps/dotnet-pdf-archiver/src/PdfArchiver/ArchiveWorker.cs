using PdfArchiver.Adobe;

namespace PdfArchiver;

public sealed class ArchiveWorker : BackgroundService
{
    private readonly ILogger<ArchiveWorker> _log;
    private readonly PdfSdkFactory _sdk;
    private readonly IConfiguration _config;

    public ArchiveWorker(ILogger<ArchiveWorker> log, PdfSdkFactory sdk, IConfiguration config)
    {
        _log = log;
        _sdk = sdk;
        _config = config;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = _config["Archiver:InboxFolder"]!;
        var poll = TimeSpan.FromSeconds(_config.GetValue("Archiver:PollSeconds", 60));
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in Directory.EnumerateFiles(inbox, "*.pdf"))
            {
                _log.LogInformation("OCR + compress {File}", file);
                var pdf = _sdk.Create();
                // ... upload asset, run OCR job, download result into the archive share
            }
            await Task.Delay(poll, stoppingToken);
        }
    }
}
