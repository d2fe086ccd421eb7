<#
.SYNOPSIS
  Fetches an Adobe IMS access token with the OAuth Server-to-Server credential, for support
  engineers testing Campaign calls from a jump host.
#>
param(
    [Parameter(Mandatory)] [string] $ClientId,
    [Parameter(Mandatory)] [string] $KeyVaultName,
    [string] $Scopes = 'openid,AdobeID,campaign_sdk,additional_info.projectedProductContext,campaign_config_server_general,deliverability_service_general'
)

$secret = (Get-AzKeyVaultSecret -VaultName $KeyVaultName -Name 'adobe-campaign-client-secret' -AsPlainText)

$body = @{
    grant_type    = 'client_credentials'
    client_id     = $ClientId
    client_secret = $secret
    scope         = $Scopes
}
$resp = Invoke-RestMethod -Method Post -Uri 'https://ims-na1.adobelogin.com/ims/token/v3' `
    -ContentType 'application/x-www-form-urlencoded' -Body $body
Write-Host "expires in $($resp.expires_in) s"
$resp.access_token
