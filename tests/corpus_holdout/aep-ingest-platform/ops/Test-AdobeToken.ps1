<#
.SYNOPSIS
  Smoke test: signs a JWT with the integration key and exchanges it at Adobe IMS.
.EXAMPLE
  ./Test-AdobeToken.ps1 -KeyFile C:\secrets\aep.key -ClientId ... -OrgId ... -TechAccountId ...
#>
param(
    [Parameter(Mandatory)] [string] $KeyFile,
    [Parameter(Mandatory)] [string] $ClientId,
    [Parameter(Mandatory)] [string] $OrgId,
    [Parameter(Mandatory)] [string] $TechAccountId,
    [string] $ClientSecret = $env:AEP_CLIENT_SECRET,
    [string] $ImsHost = 'ims-na1.adobelogin.com',
    [string] $MetaScope = 'ent_dataservices_sdk'
)

function ConvertTo-Base64Url([byte[]] $bytes) {
    [Convert]::ToBase64String($bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
}

$header = @{ alg = 'RS256'; typ = 'JWT' } | ConvertTo-Json -Compress
$claims = [ordered]@{
    exp = [DateTimeOffset]::UtcNow.AddMinutes(5).ToUnixTimeSeconds()
    iss = $OrgId
    sub = $TechAccountId
    aud = "https://$ImsHost/c/$ClientId"
}
$claims["https://$ImsHost/s/$MetaScope"] = $true
$payload = $claims | ConvertTo-Json -Compress

$unsigned = (ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes($header))) + '.' +
            (ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes($payload)))
$rsa = [System.Security.Cryptography.RSA]::Create()
$rsa.ImportFromPem((Get-Content -Raw $KeyFile))
$sig = $rsa.SignData([Text.Encoding]::UTF8.GetBytes($unsigned),
    [System.Security.Cryptography.HashAlgorithmName]::SHA256,
    [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
$jwt = $unsigned + '.' + (ConvertTo-Base64Url $sig)

$uri = "https://$ImsHost/ims/exchange/jwt"
$resp = Invoke-RestMethod -Method Post -Uri $uri -Body @{
    client_id     = $ClientId
    client_secret = $ClientSecret
    jwt_token     = $jwt
}
Write-Host ("token ok, expires in {0:N0} s" -f ($resp.expires_in / 1000))
