<#
.SYNOPSIS
    Mirrors Entra ID group membership (ADOBE-*) into Adobe Admin Console user groups.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$ConfigPath = (Join-Path $PSScriptRoot '..\config\adobe-umapi.psd1'),
    [switch]$TestMode
)
$ErrorActionPreference = 'Stop'
$cfg = Import-PowerShellDataFile -Path $ConfigPath

# --- Microsoft Graph (app-only, client credentials) ---
$graphBody = @{
    grant_type    = 'client_credentials'
    client_id     = $cfg.AzureClientId
    client_secret = (Get-Secret -Vault $cfg.SecretVaultName -Name 'GraphClientSecret' -AsPlainText)
    scope         = 'https://graph.microsoft.com/.default'
}
$graph = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$($cfg.AzureTenantId)/oauth2/v2.0/token" -Body $graphBody
$gh = @{ Authorization = "Bearer $($graph.access_token)" }

$groups = (Invoke-RestMethod -Uri "https://graph.microsoft.com/v1.0/groups?`$filter=startswith(displayName,'ADOBE-')" -Headers $gh).value

# --- Adobe UMAPI ---
$adobe = & (Join-Path $PSScriptRoot 'Get-AdobeAccessToken.ps1') -ConfigPath $ConfigPath
$ah = @{
    Authorization = "Bearer $($adobe.AccessToken)"
    'X-Api-Key'   = $cfg.ClientId
}

foreach ($g in $groups) {
    $members = (Invoke-RestMethod -Uri "https://graph.microsoft.com/v1.0/groups/$($g.id)/members?`$select=mail" -Headers $gh).value
    $commands = foreach ($m in $members | Where-Object mail) {
        @{ user = $m.mail; do = @(@{ add = @{ group = @($g.displayName -replace '^ADOBE-', '') } }) }
    }
    if (-not $commands) { continue }
    $uri = "$($cfg.UmapiEndpoint)/action/$($cfg.OrgId)" + ($(if ($TestMode) { '?testOnly=true' } else { '' }))
    if ($PSCmdlet.ShouldProcess($g.displayName, "sync $($commands.Count) users")) {
        Invoke-RestMethod -Method Post -Uri $uri -Headers $ah -ContentType 'application/json' -Body (ConvertTo-Json @($commands) -Depth 6)
    }
}
