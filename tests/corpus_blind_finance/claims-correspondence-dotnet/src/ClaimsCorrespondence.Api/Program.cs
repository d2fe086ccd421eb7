using Azure.Identity;
using ClaimsCorrespondence.Api.Campaign;
using ClaimsCorrespondence.Api.Ims;
using ClaimsCorrespondence.Api.Letters;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

var vaultUri = builder.Configuration["KeyVault:Uri"];
if (!string.IsNullOrEmpty(vaultUri))
{
    builder.Configuration.AddAzureKeyVault(new Uri(vaultUri), new DefaultAzureCredential());
}

builder.Host.UseSerilog((ctx, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration));

// Callers (claims platforms, staff tools) present Entra ID access tokens.
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"));
builder.Services.AddAuthorization(o =>
    o.AddPolicy("correspondence.send", p => p.RequireRole("Correspondence.Send")));

builder.Services.Configure<AdobeImsOptions>(builder.Configuration.GetSection(AdobeImsOptions.Section));
builder.Services.Configure<PdfServicesOptions>(builder.Configuration.GetSection(PdfServicesOptions.Section));
builder.Services.AddMemoryCache();
builder.Services.AddHttpClient("ims");
builder.Services.AddHttpClient<CampaignClient>();
builder.Services.AddHttpClient<PdfServicesClient>();

if (builder.Configuration["AdobeIms:AuthMode"] == "ClientCredentials")
{
    builder.Services.AddSingleton<IImsTokenProvider, ClientCredentialsImsTokenProvider>();
}
else
{
    builder.Services.AddSingleton<IImsTokenProvider, JwtImsTokenProvider>();
}

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

app.MapPost("/v1/claims/{claimId}/notifications", async (string claimId, NotificationRequest req, CampaignClient campaign) =>
{
    var eventId = await campaign.SendAsync(req.EventType, req.Email, req.Context);
    return Results.Accepted($"/v1/claims/{claimId}/notifications/{eventId}");
}).RequireAuthorization("correspondence.send");

app.MapPost("/v1/claims/{claimId}/letters", async (string claimId, LetterRequest req, PdfServicesClient pdf) =>
{
    var bytes = await pdf.HtmlToPdfAsync(req.Html);
    return Results.File(bytes, "application/pdf", $"{claimId}-{req.LetterType}.pdf");
}).RequireAuthorization("correspondence.send");

app.MapGet("/health", () => Results.Ok("ok"));
app.Run();

public record NotificationRequest(string EventType, string Email, Dictionary<string, string> Context);
public record LetterRequest(string LetterType, string Html);
