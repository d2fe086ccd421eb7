<#
.SYNOPSIS
  Rebuilds the CC-* licensing groups in AD from the HR job-family feed held in Entra ID.
.NOTES
  App registration "ITS-UST-GroupBuilder" (Graph: User.Read.All, GroupMember.Read.All).
  Client secret lives in Credential Manager as "ust-entra".
#>
param([switch]$Quiet)

$ErrorActionPreference = 'Stop'
$TenantId = '9c3f6a12-4e8b-4d7a-b1c2-7f5e0d3a9b48'
$ClientId = '2b7e4c91-0d5a-4f3e-8a6b-1c9d2e7f4a30'
$Secret   = (Get-StoredCredential -Target 'ust-entra').GetNetworkCredential().Password

$tokenBody = @{
    client_id     = $ClientId
    client_secret = $Secret
    scope         = 'https://graph.microsoft.com/.default'
    grant_type    = 'client_credentials'
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $tokenBody
$headers = @{ Authorization = "Bearer $($token.access_token)" }

$families = @{
    'FAC' = 'CC-AllApps-Faculty'
    'STF' = 'CC-AllApps-Staff'
    'LAB' = 'CC-StudentLabs'
}

foreach ($code in $families.Keys) {
    $uri = "https://graph.microsoft.com/v1.0/users?`$filter=employeeType eq '$code'&`$select=userPrincipalName&`$top=999"
    $members = @()
    do {
        $page = Invoke-RestMethod -Headers $headers -Uri $uri
        $members += $page.value.userPrincipalName
        $uri = $page.'@odata.nextLink'
    } while ($uri)

    $group = $families[$code]
    $current = Get-ADGroupMember -Identity $group | Get-ADUser | Select-Object -ExpandProperty UserPrincipalName
    $toAdd = $members | Where-Object { $_ -notin $current }
    $toRemove = $current | Where-Object { $_ -notin $members }
    if ($toAdd)    { Add-ADGroupMember -Identity $group -Members ($toAdd | ForEach-Object { Get-ADUser -Filter "UserPrincipalName -eq '$_'" }) }
    if ($toRemove) { Remove-ADGroupMember -Identity $group -Members ($toRemove | ForEach-Object { Get-ADUser -Filter "UserPrincipalName -eq '$_'" }) -Confirm:$false }
    if (-not $Quiet) { Write-Host "$group : +$($toAdd.Count) -$($toRemove.Count)" }
}
