using Azure.Storage.Queues;
using Invoicer.Worker.Adobe;
using Invoicer.Worker.Box;

namespace Invoicer.Worker;

/// <summary>Takes invoice jobs from the queue, renders them to PDF with Adobe PDF Services and files them in the customer's Box folder.</summary>
public sealed class InvoiceRenderWorker(
    ILogger<InvoiceRenderWorker> logger,
    IConfiguration config,
    PdfServicesClient pdf,
    BoxClientFactory box) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = new QueueClient(config.GetConnectionString("Jobs"), "invoice-render");
        while (!stoppingToken.IsCancellationRequested)
        {
            var msg = await queue.ReceiveMessageAsync(cancellationToken: stoppingToken);
            if (msg.Value is null)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                continue;
            }
            var job = msg.Value.Body.ToObjectFromJson<InvoiceJob>();
            logger.LogInformation("Rendering invoice {InvoiceId} for tenant {Tenant}", job.InvoiceId, job.TenantId);
            var pdfBytes = await pdf.HtmlToPdfAsync(job.Html, stoppingToken);
            var client = box.ForEnterprise(job.BoxEnterpriseId);
            await client.FilesManager.UploadAsync(
                new Box.V2.Models.BoxFileRequest { Name = $"{job.InvoiceId}.pdf", Parent = new Box.V2.Models.BoxRequestEntity { Id = job.BoxFolderId } },
                new MemoryStream(pdfBytes));
            await queue.DeleteMessageAsync(msg.Value.MessageId, msg.Value.PopReceipt, stoppingToken);
        }
    }
}

public sealed record InvoiceJob(string TenantId, string InvoiceId, string Html, string BoxEnterpriseId, string BoxFolderId);
