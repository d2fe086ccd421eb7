using Microsoft.Extensions.Options;
using PdfArchiver;
using PdfArchiver.Adobe;
using PdfArchiver.Mail;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.Configure<AdobeOptions>(builder.Configuration.GetSection("Adobe"));
builder.Services.AddHttpClient<AdobeImsJwtClient>();
builder.Services.AddHttpClient<PdfServicesOAuthClient>();
builder.Services.AddSingleton<IAdobeTokenSource>(sp =>
    sp.GetRequiredService<IOptions<AdobeOptions>>().Value.UseServicePrincipal
        ? sp.GetRequiredService<PdfServicesOAuthClient>()
        : sp.GetRequiredService<AdobeImsJwtClient>());
builder.Services.AddSingleton<PdfSdkFactory>();
builder.Services.AddSingleton<GraphMailbox>();
builder.Services.AddHostedService<ArchiveWorker>();

builder.Build().Run();
