function Get-AdobeOAuthToken {
    <#
    .SYNOPSIS
      Jeton d'accès Adobe par l'identifiant OAuth serveur à serveur (client_credentials).
    #>
    param(
        [Parameter(Mandatory)] [hashtable] $Config,
        [Parameter(Mandatory)] [string] $ClientSecret
    )

    $body = @{
        grant_type    = 'client_credentials'
        client_id     = $Config.ClientId
        client_secret = $ClientSecret
        scope         = $Config.Scopes
    }
    $resp = Invoke-RestMethod -Method Post -Uri "https://$($Config.ImsHost)/ims/token/v3" -Body $body -ContentType 'application/x-www-form-urlencoded'

    # expires_in est en secondes (OAuth)
    [pscustomobject]@{
        AccessToken = $resp.access_token
        ExpiresAt   = (Get-Date).AddSeconds($resp.expires_in)
    }
}
