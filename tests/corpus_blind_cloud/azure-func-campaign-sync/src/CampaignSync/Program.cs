using CampaignSync.Auth;
using CampaignSync.Campaign;
using CampaignSync.Dynamics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var host = new HostBuilder()
    .ConfigureFunctionsWorkerDefaults()
    .ConfigureServices((ctx, services) =>
    {
        services.Configure<AdobeImsOptions>(ctx.Configuration.GetSection("Adobe"));
        services.Configure<DynamicsOptions>(ctx.Configuration.GetSection("Dynamics"));
        services.AddHttpClient("ims");
        services.AddHttpClient<CampaignClient>();

        // TODO(CAMP-412): drop the JWT provider once prod has run on OAuth for two weeks
        var mode = ctx.Configuration["Adobe:AuthMode"] ?? "jwt";
        if (mode.Equals("oauth", StringComparison.OrdinalIgnoreCase))
            services.AddSingleton<IImsTokenProvider, OAuthServerToServerTokenProvider>();
        else
#pragma warning disable CS0618
            services.AddSingleton<IImsTokenProvider, JwtImsTokenProvider>();
#pragma warning restore CS0618

        services.AddSingleton<DynamicsClient>();
    })
    .Build();

host.Run();
