Set-StrictMode -Version Latest

function Invoke-AnalyticsReport {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [hashtable] $Config,
        [Parameter(Mandatory)] [string] $Token,
        [Parameter(Mandatory)] [hashtable] $Request
    )
    $uri = "https://analytics.adobe.io/api/$($Config.CompanyId)/reports"
    $headers = @{
        Authorization       = "Bearer $Token"
        'x-api-key'         = $Config.ClientId
        'x-proxy-global-company-id' = $Config.CompanyId
    }
    Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body ($Request | ConvertTo-Json -Depth 10) -ContentType 'application/json'
}

function Send-Classifications {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [hashtable] $Config,
        [Parameter(Mandatory)] [string] $Token,
        [Parameter(Mandatory)] [string] $DatasetId,
        [Parameter(Mandatory)] [string] $CsvPath
    )
    $uri = "https://analytics.adobe.io/api/$($Config.CompanyId)/classifications/job/import/uploadFile/$DatasetId"
    $headers = @{ Authorization = "Bearer $Token"; 'x-api-key' = $Config.ClientId }
    Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Form @{ file = Get-Item $CsvPath; dataFormat = 'csv' }
}

Export-ModuleMember -Function Invoke-AnalyticsReport, Send-Classifications
