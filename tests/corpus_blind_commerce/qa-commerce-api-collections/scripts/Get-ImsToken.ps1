<#
.SYNOPSIS
  Exchanges a signed Adobe IMS JWT for an access token (QA machines without bash).
.EXAMPLE
  $jwt = wsl scripts/get_ims_token.sh --jwt-only
  .\scripts\Get-ImsToken.ps1 -Jwt $jwt
#>
param(
    [Parameter(Mandatory = $true)][string]$Jwt
)

$uri = 'https://ims-na1.adobelogin.com/ims/exchange/jwt'
$body = @{ client_id = $env:ADOBE_CLIENT_ID; client_secret = $env:ADOBE_CLIENT_SECRET; jwt_token = $Jwt }

$response = Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/x-www-form-urlencoded'
$env:ADOBE_ACCESS_TOKEN = $response.access_token
Write-Host "Access token stored in `$env:ADOBE_ACCESS_TOKEN"
