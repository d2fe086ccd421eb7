function Get-AdobeJwtToken {
    <#
    .SYNOPSIS
      Jeton d'accès Adobe par l'identifiant « Service Account (JWT) ».
    .NOTES
      Obsolète : remplacer par Get-AdobeOAuthToken. Le jeton JWT est signé RS256 avec la clé
      privée du poste (C:\AdobeSync\cles), jamais copiée dans le dépôt.
    #>
    param(
        [Parameter(Mandatory)] [hashtable] $Config,
        [Parameter(Mandatory)] [string] $ClientSecret
    )

    function ConvertTo-Base64Url([byte[]] $Bytes) {
        [Convert]::ToBase64String($Bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
    }

    $now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    $claims = [ordered]@{
        exp = $now + 600
        iss = $Config.OrgId
        sub = $Config.TechAccountId
        aud = "https://$($Config.ImsHost)/c/$($Config.ClientId)"
    }
    foreach ($ms in $Config.MetaScopes) {
        $claims["https://$($Config.ImsHost)/s/$ms"] = $true
    }

    $header  = ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes('{"alg":"RS256","typ":"JWT"}'))
    $payload = ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes(($claims | ConvertTo-Json -Compress)))
    $unsigned = "$header.$payload"

    $rsa = [System.Security.Cryptography.RSA]::Create()
    $rsa.ImportFromPem((Get-Content -Raw -Path $Config.PrivateKeyPath))
    $sig = $rsa.SignData([Text.Encoding]::UTF8.GetBytes($unsigned), [Security.Cryptography.HashAlgorithmName]::SHA256, [Security.Cryptography.RSASignaturePadding]::Pkcs1)
    $jwt = "$unsigned.$(ConvertTo-Base64Url $sig)"

    $body = @{ client_id = $Config.ClientId; client_secret = $ClientSecret; jwt_token = $jwt }
    $resp = Invoke-RestMethod -Method Post -Uri "https://$($Config.ImsHost)/ims/exchange/jwt" -Body $body

    # expires_in est en millisecondes pour l'échange JWT
    [pscustomobject]@{
        AccessToken = $resp.access_token
        ExpiresAt   = (Get-Date).AddMilliseconds($resp.expires_in)
    }
}
