Set-StrictMode -Version Latest

. $PSScriptRoot/Private/ConvertTo-Base64Url.ps1
. $PSScriptRoot/Private/New-AdobeJwt.ps1

$script:TokenCache = $null

function Get-UmapiAccessToken {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [pscustomobject] $Settings,
        [ValidateSet('OAuth', 'Jwt')] [string] $AuthMode = $Settings.AuthMode
    )

    if ($script:TokenCache -and $script:TokenCache.ExpiresAt -gt (Get-Date).AddMinutes(5)) {
        return $script:TokenCache.AccessToken
    }

    $secret = Get-Secret -Name $Settings.ClientSecretName -AsPlainText -Vault AcmeVault

    if ($AuthMode -eq 'OAuth') {
        $body = @{
            grant_type    = 'client_credentials'
            client_id     = $Settings.ClientId
            client_secret = $secret
            scope         = $Settings.Scopes
        }
        $resp = Invoke-RestMethod -Method Post -Uri "$($Settings.ImsHost)/ims/token/v3" -Body $body -ContentType 'application/x-www-form-urlencoded'
        $expiresAt = (Get-Date).AddSeconds($resp.expires_in)
    }
    else {
        # LEGACY: Service Account (JWT). Kept until the Console credential is deleted (CHG0042117).
        $jwt = New-AdobeJwt -Settings $Settings
        $body = @{
            client_id     = $Settings.ClientId
            client_secret = $secret
            jwt_token     = $jwt
        }
        $resp = Invoke-RestMethod -Method Post -Uri "$($Settings.ImsHost)/ims/exchange/jwt/" -Body $body
        $expiresAt = (Get-Date).AddMilliseconds($resp.expires_in)
    }

    $script:TokenCache = [pscustomobject]@{ AccessToken = $resp.access_token; ExpiresAt = $expiresAt }
    return $resp.access_token
}

function Invoke-Umapi {
    param(
        [Parameter(Mandatory)] [pscustomobject] $Settings,
        [Parameter(Mandatory)] [string] $Path,
        [string] $Method = 'Get',
        $Body
    )
    $headers = @{
        Authorization = "Bearer $(Get-UmapiAccessToken -Settings $Settings)"
        'X-Api-Key'   = $Settings.ClientId
    }
    $uri = "$($Settings.UmapiHost)/$Path"
    if ($Body) {
        return Invoke-RestMethod -Method $Method -Uri $uri -Headers $headers -Body ($Body | ConvertTo-Json -Depth 10) -ContentType 'application/json'
    }
    Invoke-RestMethod -Method $Method -Uri $uri -Headers $headers
}

function Get-UmapiUser {
    param([Parameter(Mandatory)] [pscustomobject] $Settings, [Parameter(Mandatory)] [string] $Email)
    Invoke-Umapi -Settings $Settings -Path "organizations/$($Settings.OrgId)/users/$Email"
}

function Add-UmapiUserToGroup {
    param([Parameter(Mandatory)] [pscustomobject] $Settings, [string] $Email, [string[]] $Groups)
    $cmd = @(@{ user = $Email; requestID = [guid]::NewGuid().ToString(); do = @(@{ add = @{ group = $Groups } }) })
    Invoke-Umapi -Settings $Settings -Path "action/$($Settings.OrgId)" -Method Post -Body $cmd
}

function Remove-UmapiUser {
    param([Parameter(Mandatory)] [pscustomobject] $Settings, [string] $Email)
    $cmd = @(@{ user = $Email; requestID = [guid]::NewGuid().ToString(); do = @(@{ removeFromOrg = @{ deleteAccount = $false } }) })
    Invoke-Umapi -Settings $Settings -Path "action/$($Settings.OrgId)" -Method Post -Body $cmd
}

Export-ModuleMember -Function Get-UmapiAccessToken, Get-UmapiUser, Add-UmapiUserToGroup, Remove-UmapiUser
