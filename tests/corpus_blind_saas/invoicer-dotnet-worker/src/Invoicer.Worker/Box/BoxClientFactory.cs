using Box.V2;
using Box.V2.Config;
using Box.V2.JWTAuth;

namespace Invoicer.Worker.Box;

/// <summary>Box Platform app using "OAuth 2.0 with JSON Web Tokens (Server Authentication)".</summary>
public sealed class BoxClientFactory
{
    private readonly BoxJWTAuth _auth;

    public BoxClientFactory(IConfiguration config)
    {
        var path = config["Box:ConfigPath"] ?? "Box/box_config.json";
        using var stream = File.OpenRead(path);
        var boxConfig = BoxConfigBuilder.CreateFromJsonFile(stream).Build();
        _auth = new BoxJWTAuth(boxConfig);
    }

    public BoxClient ForEnterprise(string enterpriseId)
    {
        var token = _auth.AdminTokenAsync().GetAwaiter().GetResult();
        return _auth.AdminClient(token, asUser: null);
    }
}
