#Requires -Modules AcmeUmapi
[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $SettingsPath = "$PSScriptRoot/../config/umapi.settings.json",
    [Parameter(Mandatory)] [string] $CsvPath
)

$settings = Get-Content $SettingsPath -Raw | ConvertFrom-Json
Import-Csv $CsvPath | ForEach-Object {
    if ($PSCmdlet.ShouldProcess($_.Email, 'Add to Adobe groups')) {
        Add-UmapiUserToGroup -Settings $settings -Email $_.Email -Groups $settings.DefaultGroups
    }
}
