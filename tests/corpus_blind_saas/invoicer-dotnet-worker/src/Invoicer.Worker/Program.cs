using Invoicer.Worker;
using Invoicer.Worker.Adobe;
using Invoicer.Worker.Box;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<AdobeImsOptions>(builder.Configuration.GetSection("Adobe"));
builder.Services.AddSingleton<ImsTokenService>();
builder.Services.AddHttpClient<PdfServicesClient>(c => c.BaseAddress = new Uri("https://pdf-services.adobe.io/"));
builder.Services.AddSingleton<BoxClientFactory>();
builder.Services.AddHostedService<InvoiceRenderWorker>();

var host = builder.Build();
host.Run();
