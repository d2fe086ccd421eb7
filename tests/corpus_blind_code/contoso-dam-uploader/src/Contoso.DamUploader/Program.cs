using Contoso.DamUploader;
using Contoso.DamUploader.Options;
using Contoso.DamUploader.Services;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<AdobeImsOptions>(builder.Configuration.GetSection(AdobeImsOptions.Section));
builder.Services.AddHttpClient<IAdobeTokenSource, AdobeImsTokenClient>();
builder.Services.AddHttpClient<LightroomUploader>();
builder.Services.AddHostedService<ExportWorker>();

builder.Build().Run();
