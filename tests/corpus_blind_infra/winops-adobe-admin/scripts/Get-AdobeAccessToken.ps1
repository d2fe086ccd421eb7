<#
.SYNOPSIS
    Returns an Adobe IMS access token for the UMAPI integration "AdobeSync".
.NOTES
    Needs PowerShell 7.3+ (RSA.ImportFromPem) and the SecretManagement module.
#>
[CmdletBinding()]
param(
    [string]$ConfigPath = (Join-Path $PSScriptRoot '..\config\adobe-umapi.psd1')
)

$cfg = Import-PowerShellDataFile -Path $ConfigPath
$clientSecret = Get-Secret -Vault $cfg.SecretVaultName -Name 'AdobeClientSecret' -AsPlainText

function ConvertTo-Base64Url([byte[]]$Bytes) {
    [Convert]::ToBase64String($Bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
}

$now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
$header = @{ alg = 'RS256'; typ = 'JWT' } | ConvertTo-Json -Compress
$payload = [ordered]@{
    exp = $now + 300
    iss = $cfg.OrgId
    sub = $cfg.TechnicalAccountId
    aud = "https://$($cfg.ImsHost)/c/$($cfg.ClientId)"
    "https://$($cfg.ImsHost)/s/ent_user_sdk" = $true
} | ConvertTo-Json -Compress

$unsigned = (ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes($header))) + '.' +
            (ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes($payload)))

$rsa = [System.Security.Cryptography.RSA]::Create()
$rsa.ImportFromPem((Get-Content -Path $cfg.PrivateKeyPath -Raw))
$sig = $rsa.SignData([Text.Encoding]::UTF8.GetBytes($unsigned), [Security.Cryptography.HashAlgorithmName]::SHA256, [Security.Cryptography.RSASignaturePadding]::Pkcs1)
$jwt = "$unsigned.$(ConvertTo-Base64Url $sig)"

$body = @{
    client_id     = $cfg.ClientId
    client_secret = $clientSecret
    jwt_token     = $jwt
}
$resp = Invoke-RestMethod -Method Post -Uri "https://$($cfg.ImsHost)/ims/exchange/jwt" -Body $body -ContentType 'application/x-www-form-urlencoded'

[pscustomobject]@{
    AccessToken = $resp.access_token
    ExpiresAt   = (Get-Date).AddMilliseconds($resp.expires_in)
}
