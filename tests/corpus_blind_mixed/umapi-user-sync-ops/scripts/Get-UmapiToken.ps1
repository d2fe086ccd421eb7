<#
.SYNOPSIS
  Gets a UMAPI access token with the OAuth Server-to-Server credential (used by the
  license report and by helpdesk scripts).
#>
[CmdletBinding()]
param(
    [string]$ClientId = $env:ACME_UMAPI_CLIENT_ID,
    [string]$ClientSecret = $env:ACME_UMAPI_CLIENT_SECRET
)

$ErrorActionPreference = 'Stop'
$TokenUri = 'https://ims-na1.adobelogin.com/ims/token/v3'

$Body = @{
    grant_type    = 'client_credentials'
    client_id     = $ClientId
    client_secret = $ClientSecret
    scope         = 'openid,AdobeID,user_management_sdk'
}

$resp = Invoke-RestMethod -Method Post -Uri $TokenUri -Body $Body -ContentType 'application/x-www-form-urlencoded'
[pscustomobject]@{
    AccessToken = $resp.access_token
    ExpiresAt   = (Get-Date).AddSeconds([int]$resp.expires_in)
}
