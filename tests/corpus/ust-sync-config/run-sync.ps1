# Nightly User Sync run (scheduled task "Adobe User Sync" on SYNC01)
$ErrorActionPreference = 'Stop'
Set-Location -Path $PSScriptRoot

$cert = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2("$PSScriptRoot\certificate_pub.crt")
$daysLeft = ($cert.NotAfter - (Get-Date)).Days
if ($daysLeft -lt 30) {
    Send-MailMessage -To 'it-identity@acme.example' -From 'usersync@acme.example' `
        -Subject "Adobe UMAPI certificate expires in $daysLeft days" -SmtpServer 'smtp.acme.example'
}

& .\user-sync.exe -c user-sync-config.yml --process-groups --users mapped 2>&1 |
    Tee-Object -FilePath "logs\run-$(Get-Date -Format yyyyMMdd).log"
exit $LASTEXITCODE
