using PrintFlow.Worker;
using PrintFlow.Worker.Ims;
using PrintFlow.Worker.InDesign;
using PrintFlow.Worker.Pdf;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<AdobeIoOptions>(builder.Configuration.GetSection("AdobeIO"));
builder.Services.Configure<IdsOptions>(builder.Configuration.GetSection("InDesignServer"));
builder.Services.AddSingleton<AdobeIoTokenClient>();
builder.Services.AddSingleton<IdsSoapClient>();
builder.Services.AddSingleton(_ => PdfServicesFactory.Create(
    builder.Configuration["PdfServices:CredentialsFile"] ?? "pdfservices-api-credentials.json"));
builder.Services.AddSingleton<PdfOptimizer>();
builder.Services.AddHostedService<IssueWorker>();

builder.Build().Run();
