function Get-EntraGroupMembers {
    <#
    .SYNOPSIS
      Membres d'un groupe Microsoft Entra ID (Graph, identifiants client de l'application).
    #>
    param(
        [Parameter(Mandatory)] [hashtable] $Config,
        [Parameter(Mandatory)] [string] $GroupName
    )

    $secret = (Get-StoredCredential -Target $Config.EntraSecretName).GetNetworkCredential().Password
    $tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$($Config.EntraTenantId)/oauth2/v2.0/token" -Body @{
        grant_type    = 'client_credentials'
        client_id     = $Config.EntraClientId
        client_secret = $secret
        scope         = 'https://graph.microsoft.com/.default'
    }
    $h = @{ Authorization = "Bearer $($tok.access_token)"; ConsistencyLevel = 'eventual' }

    $g = Invoke-RestMethod -Headers $h -Uri "https://graph.microsoft.com/v1.0/groups?`$filter=displayName eq '$GroupName'&`$select=id"
    if (-not $g.value) { return @() }
    $uri = "https://graph.microsoft.com/v1.0/groups/$($g.value[0].id)/transitiveMembers/microsoft.graph.user?`$select=mail,givenName,surname&`$top=999"
    $out = @()
    while ($uri) {
        $page = Invoke-RestMethod -Headers $h -Uri $uri
        $out += $page.value
        $uri = $page.'@odata.nextLink'
    }
    $out
}
