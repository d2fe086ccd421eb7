#Requires -RunAsAdministrator
param(
    [string]$InstallDir = 'C:\ContosoDam\Scheduler',
    [string]$ServiceAccount = 'CONTOSO\svc-damsync'
)

$action  = New-ScheduledTaskAction -Execute (Join-Path $InstallDir 'Contoso.DamConnector.Scheduler.exe') -WorkingDirectory $InstallDir
$trigger = New-ScheduledTaskTrigger -Daily -At 2:30am
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 3) -StartWhenAvailable

$password = Read-Host -Prompt "Password for $ServiceAccount" -AsSecureString
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($password))

Register-ScheduledTask -TaskName 'Contoso DAM Rendition Sync' -TaskPath '\Contoso\' `
    -Action $action -Trigger $trigger -Settings $settings `
    -User $ServiceAccount -Password $plain -RunLevel Limited -Force
