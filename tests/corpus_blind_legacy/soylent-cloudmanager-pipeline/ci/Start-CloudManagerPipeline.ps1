<#
.SYNOPSIS
    Starts a Cloud Manager pipeline from the Windows build agents (no aio CLI there).
#>
param(
    [Parameter(Mandatory = $true)][string]$PipelineId,
    [string]$ProgramId = '41234',
    [string]$ClientId = 'f1e2d3c4b5a69788796a5b4c3d2e1f00',
    [string]$OrgId = '0A1B2C3D4E5F6A7B8C9D0E1F@AdobeOrg'
)
$ErrorActionPreference = 'Stop'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$tokenResponse = Invoke-RestMethod -Method Post -Uri 'https://ims-na1.adobelogin.com/ims/token/v3' -Body @{
    grant_type    = 'client_credentials'
    client_id     = $ClientId
    client_secret = $env:CM_CLIENT_SECRET
    scope         = 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,read_pc.dma_aem_ams'
}

$headers = @{
    'Authorization'   = "Bearer $($tokenResponse.access_token)"
    'x-api-key'       = $ClientId
    'x-gw-ims-org-id' = $OrgId
}
$uri = "https://cloudmanager.adobe.io/api/program/$ProgramId/pipeline/$PipelineId/execution"
$execution = Invoke-RestMethod -Method Put -Uri $uri -Headers $headers -ContentType 'application/json'
Write-Host "Started execution $($execution.id) of pipeline $PipelineId"
