#Requires -Version 7.2
Set-StrictMode -Version Latest

$script:TokenCache = @{}

function ConvertTo-Base64Url {
    param([byte[]] $Bytes)
    [Convert]::ToBase64String($Bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
}

function New-AdobeJwt {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [hashtable] $Config
    )
    $ims = $Config.ImsHost
    $now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    $claims = [ordered]@{
        exp = $now + 300
        iss = $Config.OrgId
        sub = $Config.TechnicalAccountId
        aud = "https://$ims/c/$($Config.ClientId)"
    }
    foreach ($ms in $Config.MetaScopes) {
        $claims["https://$ims/s/$ms"] = $true
    }

    $header  = ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes('{"alg":"RS256","typ":"JWT"}'))
    $payload = ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes(($claims | ConvertTo-Json -Compress)))
    $toSign  = [Text.Encoding]::ASCII.GetBytes("$header.$payload")

    $rsa = [Security.Cryptography.RSA]::Create()
    $rsa.ImportFromPem((Get-Content -Raw -Path $Config.PrivateKeyPath))
    $sig = $rsa.SignData($toSign, [Security.Cryptography.HashAlgorithmName]::SHA256, [Security.Cryptography.RSASignaturePadding]::Pkcs1)
    "$header.$payload.$(ConvertTo-Base64Url $sig)"
}

function Get-AdobeJwtAccessToken {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [hashtable] $Config)

    $secret = (Get-StoredCredential -Target $Config.SecretTarget).GetNetworkCredential().Password
    $body = @{
        client_id     = $Config.ClientId
        client_secret = $secret
        jwt_token     = New-AdobeJwt -Config $Config
    }
    $resp = Invoke-RestMethod -Method Post -Uri "https://$($Config.ImsHost)/ims/exchange/jwt" -Body $body
    [pscustomobject]@{
        AccessToken = $resp.access_token
        ExpiresAt   = (Get-Date).AddMilliseconds($resp.expires_in)
    }
}

function Get-AdobeS2SAccessToken {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [hashtable] $Config)

    $secret = (Get-StoredCredential -Target $Config.SecretTarget).GetNetworkCredential().Password
    $body = @{
        grant_type    = 'client_credentials'
        client_id     = $Config.ClientId
        client_secret = $secret
        scope         = $Config.Scopes -join ','
    }
    $resp = Invoke-RestMethod -Method Post -Uri "https://$($Config.ImsHost)/ims/token/v3" `
        -ContentType 'application/x-www-form-urlencoded' -Body $body
    [pscustomobject]@{
        AccessToken = $resp.access_token
        ExpiresAt   = (Get-Date).AddSeconds($resp.expires_in)
    }
}

function Get-AdobeAccessToken {
    <#
      Cached token. -Flow S2S is the default since 1.6.0; the Jwt flow is kept
      only for Invoke-ClassificationsUpload until MOPS-318 is closed.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [hashtable] $Config,
        [ValidateSet('S2S', 'Jwt')] [string] $Flow = 'S2S'
    )
    $key = "$Flow/$($Config.ClientId)"
    $cached = $script:TokenCache[$key]
    if ($cached -and $cached.ExpiresAt -gt (Get-Date).AddMinutes(5)) { return $cached.AccessToken }

    $tok = if ($Flow -eq 'Jwt') { Get-AdobeJwtAccessToken -Config $Config } else { Get-AdobeS2SAccessToken -Config $Config }
    $script:TokenCache[$key] = $tok
    $tok.AccessToken
}

Export-ModuleMember -Function Get-AdobeJwtAccessToken, Get-AdobeS2SAccessToken, Get-AdobeAccessToken
