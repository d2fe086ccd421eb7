<#
.SYNOPSIS
    Fetches an Adobe IMS access token for the DAM connector credential (OAuth Server-to-Server).
.EXAMPLE
    .\Get-AdobeAccessToken.ps1 -ClientId e4b1c9d27a3f4e0c9b5d6a8f1c2e3d4b -ClientSecret (Get-Secret ContosoAdobe)
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$ClientId,
    [Parameter(Mandatory = $true)][string]$ClientSecret,
    [string]$Scopes = 'openid,AdobeID,read_organizations,additional_info.projectedProductContext'
)

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$body = @{
    grant_type    = 'client_credentials'
    client_id     = $ClientId
    client_secret = $ClientSecret
    scope         = $Scopes
}

$response = Invoke-RestMethod -Method Post -Uri 'https://ims-na1.adobelogin.com/ims/token/v3' `
    -ContentType 'application/x-www-form-urlencoded' -Body $body

Write-Host ("Token expires in {0} minutes" -f [math]::Round($response.expires_in / 60))
$response.access_token
