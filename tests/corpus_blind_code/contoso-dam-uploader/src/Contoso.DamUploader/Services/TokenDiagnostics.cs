using System.IdentityModel.Tokens.Jwt;

namespace Contoso.DamUploader.Services;

/// <summary>
/// Logs a few claims of the IMS access token (no validation, just for support tickets).
/// </summary>
public static class TokenDiagnostics
{
    public static void Log(ILogger logger, string accessToken)
    {
        var handler = new JwtSecurityTokenHandler();
        if (!handler.CanReadToken(accessToken))
        {
            logger.LogDebug("access token is not a JWT");
            return;
        }
        var token = handler.ReadJwtToken(accessToken);
        var clientId = token.Claims.FirstOrDefault(c => c.Type == "client_id")?.Value;
        var createdAt = token.Claims.FirstOrDefault(c => c.Type == "created_at")?.Value;
        logger.LogDebug("IMS token client_id={ClientId} created_at={CreatedAt} type={Type}",
            clientId, createdAt, token.Header.Typ);
    }
}
