[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $CsvPath,
    [string] $DatasetId = 'ds-campaign-tracking-codes',
    [string] $ConfigPath = "$PSScriptRoot\..\config\analytics.prod.psd1"
)
Import-Module "$PSScriptRoot\..\AdobeAnalytics" -Force
$cfg = Import-PowerShellDataFile $ConfigPath

# TODO(MOPS-318): move to -Flow S2S once the upload uses Classification Sets
$token = Get-AdobeAccessToken -Config $cfg -Flow Jwt

Send-Classifications -Config $cfg -Token $token -DatasetId $DatasetId -CsvPath $CsvPath
Write-Host "uploaded $(Import-Csv $CsvPath | Measure-Object | Select-Object -ExpandProperty Count) rows"
