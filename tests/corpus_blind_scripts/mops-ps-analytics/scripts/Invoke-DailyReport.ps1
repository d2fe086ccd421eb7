[CmdletBinding()]
param(
    [datetime] $Date = (Get-Date).Date.AddDays(-1),
    [string] $ConfigPath = "$PSScriptRoot\..\config\analytics.prod.psd1"
)
Import-Module "$PSScriptRoot\..\AdobeAnalytics" -Force
$cfg = Import-PowerShellDataFile $ConfigPath

# Switched to OAuth S2S in 1.6.0. Old call kept for a quick rollback:
# $jwtCfg = $cfg.Clone(); $jwtCfg.MetaScopes = @('ent_analytics_bulk_ingest_sdk')
# $resp = Invoke-RestMethod -Method Post -Uri 'https://ims-na1.adobelogin.com/ims/exchange/jwt' -Body $jwtBody
$token = Get-AdobeAccessToken -Config $cfg -Flow S2S

$from = $Date.ToString('yyyy-MM-ddT00:00:00.000')
$to   = $Date.AddDays(1).ToString('yyyy-MM-ddT00:00:00.000')
$req = @{
    rsid         = $cfg.ReportSuite
    globalFilters = @(@{ type = 'dateRange'; dateRange = "$from/$to" })
    metricContainer = @{ metrics = @(@{ id = 'metrics/visits' }, @{ id = 'metrics/orders' }, @{ id = 'metrics/revenue' }) }
    dimension    = 'variables/lasttouchchannel'
    settings     = @{ limit = 50 }
}
$report = Invoke-AnalyticsReport -Config $cfg -Token $token -Request $req

$rows = foreach ($r in $report.rows) {
    [pscustomobject]@{ Channel = $r.value; Visits = $r.data[0]; Orders = $r.data[1]; Revenue = $r.data[2] }
}
$out = "D:\mops\reports\channel-$($Date.ToString('yyyyMMdd')).csv"
$rows | Export-Csv -NoTypeInformation -Path $out
& "$PSScriptRoot\Send-ReportMail.ps1" -Config $cfg -Attachment $out -Subject "Channel report $($Date.ToString('d'))"
