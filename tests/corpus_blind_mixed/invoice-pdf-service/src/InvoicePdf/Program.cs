using Acme.Finance.InvoicePdf.Adobe;
using Acme.Finance.InvoicePdf.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

var builder = WebApplication.CreateBuilder(args);

// Incoming calls from the ERP are authenticated with Entra ID (JWT bearer).
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"));
builder.Services.AddAuthorization();

builder.Services.AddSingleton<PdfServicesFactory>();
builder.Services.AddHttpClient<ImsTokenProvider>();
builder.Services.AddHttpClient<GraphMailer>();
builder.Services.AddControllers();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.Run();
