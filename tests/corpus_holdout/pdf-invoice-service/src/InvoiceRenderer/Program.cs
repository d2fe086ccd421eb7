using ExampleCorp.InvoiceRenderer.Adobe;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((ctx, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration).WriteTo.Console());
builder.Services.Configure<AdobeIoOptions>(builder.Configuration.GetSection("AdobeIO"));
builder.Services.AddSingleton<ImsTokenProvider>();
builder.Services.AddHttpClient();

var app = builder.Build();

app.MapPost("/invoices/{id}/pdf", async (string id, ImsTokenProvider ims, IHttpClientFactory f) =>
{
    var token = await ims.GetTokenAsync();
    var http = f.CreateClient();
    http.DefaultRequestHeaders.Authorization = new("Bearer", token);
    http.DefaultRequestHeaders.Add("x-api-key", builder.Configuration["AdobeIO:ClientId"]);
    var assets = await http.PostAsJsonAsync("https://pdf-services.adobe.io/assets", new { mediaType = "application/pdf" });
    return Results.Ok(new { id, status = (int)assets.StatusCode });
});

app.Run();
