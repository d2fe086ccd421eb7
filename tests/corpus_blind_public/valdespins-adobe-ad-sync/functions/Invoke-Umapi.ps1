function Invoke-Umapi {
    <#
    .SYNOPSIS
      Envoie un lot d'actions à l'API User Management (max. 10 actions par appel).
    #>
    param(
        [Parameter(Mandatory)] [hashtable] $Config,
        [Parameter(Mandatory)] [string] $AccessToken,
        [Parameter(Mandatory)] [object[]] $Actions,
        [switch] $TestOnly
    )
    $uri = "https://$($Config.UmapiHost)/v2/usermanagement/action/$($Config.OrgId)"
    if ($TestOnly) { $uri += '?testOnly=true' }
    $headers = @{
        Authorization = "Bearer $AccessToken"
        'X-Api-Key'   = $Config.ClientId
    }
    for ($i = 0; $i -lt $Actions.Count; $i += 10) {
        $batch = $Actions[$i..([Math]::Min($i + 9, $Actions.Count - 1))]
        $json = ConvertTo-Json -InputObject @($batch) -Depth 8
        $r = Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body ([Text.Encoding]::UTF8.GetBytes($json)) -ContentType 'application/json; charset=utf-8'
        Write-Verbose "UMAPI: $($r.completed) complétées, $($r.notCompleted) en erreur"
        if ($r.errors) { $r.errors | ForEach-Object { Write-Warning "$($_.user) : $($_.message)" } }
    }
}
