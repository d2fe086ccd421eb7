using Azure.Storage.Blobs;
using Contoso.DamUploader.Services;

namespace Contoso.DamUploader;

public sealed class ExportWorker : BackgroundService
{
    private readonly LightroomUploader _uploader;
    private readonly IConfiguration _config;
    private readonly ILogger<ExportWorker> _log;

    public ExportWorker(LightroomUploader uploader, IConfiguration config, ILogger<ExportWorker> log)
    {
        _uploader = uploader;
        _config = config;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var container = new BlobContainerClient(_config.GetConnectionString("Blob"), _config["Blob:Container"]);
        while (!stoppingToken.IsCancellationRequested)
        {
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: stoppingToken))
            {
                var stream = await container.GetBlobClient(blob.Name).OpenReadAsync(cancellationToken: stoppingToken);
                await _uploader.UploadAsync(Guid.NewGuid().ToString("N"), stream, stoppingToken);
                await container.DeleteBlobAsync(blob.Name, cancellationToken: stoppingToken);
                _log.LogInformation("uploaded {Blob}", blob.Name);
            }
            await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
        }
    }
}
