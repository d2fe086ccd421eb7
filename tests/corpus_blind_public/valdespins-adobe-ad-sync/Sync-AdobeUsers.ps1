<#
.SYNOPSIS
  Synchronise les groupes GG-Adobe-* vers les profils de produits Adobe.
.PARAMETER UseOAuth
  Utilise l'identifiant OAuth serveur à serveur au lieu de l'ancien identifiant JWT.
.PARAMETER TestOnly
  Appelle l'API avec testOnly=true (aucun changement).
#>
[CmdletBinding()]
param(
    [switch] $UseOAuth,
    [switch] $TestOnly
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'AdobeSync.psd1') -Force
Import-Module CredentialManager
$Config = Import-PowerShellDataFile (Join-Path $PSScriptRoot 'config\AdobeSync.config.psd1')
$secret = (Get-StoredCredential -Target $Config.ClientSecretName).GetNetworkCredential().Password

if ($UseOAuth) {
    $token = Get-AdobeOAuthToken -Config $Config -ClientSecret $secret
} else {
    Write-Warning 'Identifiant JWT utilisé : prévoir le passage à -UseOAuth.'
    $token = Get-AdobeJwtToken -Config $Config -ClientSecret $secret
}

# Ancienne méthode (avant 2023, sans le module) - conservée pour référence
# $jwtBody = @{ client_id = $Config.ClientId; client_secret = $secret; jwt_token = $jwt }
# $token = Invoke-RestMethod -Method Post -Uri 'https://ims-na1.adobelogin.com/ims/exchange/jwt' -Body $jwtBody

$actions = @()
foreach ($groupe in $Config.Profils.Keys) {
    $profil = $Config.Profils[$groupe]
    $membres = @(Get-ADGroupMember -Identity $groupe -Recursive | Get-ADUser -Properties mail, givenName, sn)
    $membres += Get-EntraGroupMembers -Config $Config -GroupName $groupe | ForEach-Object {
        [pscustomobject]@{ mail = $_.mail; givenName = $_.givenName; sn = $_.surname }
    }
    foreach ($m in ($membres | Where-Object mail | Sort-Object mail -Unique)) {
        $actions += @{
            user      = $m.mail.ToLower()
            requestID = "vdp-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
            do        = @(
                @{ createFederatedID = @{ email = $m.mail.ToLower(); country = 'CA'; firstname = $m.givenName; lastname = $m.sn; option = 'ignoreIfAlreadyExists' } },
                @{ add = @{ group = @($profil) } }
            )
        }
    }
}

Invoke-Umapi -Config $Config -AccessToken $token.AccessToken -Actions $actions -TestOnly:$TestOnly -Verbose
