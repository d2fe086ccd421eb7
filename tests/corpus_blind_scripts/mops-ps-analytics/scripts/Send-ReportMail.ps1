# Sends the report through Microsoft Graph (app-only, client credentials).
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [hashtable] $Config,
    [Parameter(Mandatory)] [string] $Attachment,
    [Parameter(Mandatory)] [string] $Subject
)
$m = $Config.Mail
$secret = (Get-StoredCredential -Target $m.SecretTarget).GetNetworkCredential().Password
$tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$($m.TenantId)/oauth2/v2.0/token" -Body @{
    grant_type    = 'client_credentials'
    client_id     = $m.ClientId
    client_secret = $secret
    scope         = 'https://graph.microsoft.com/.default'
}
$bytes = [IO.File]::ReadAllBytes($Attachment)
$msg = @{
    message = @{
        subject      = $Subject
        body         = @{ contentType = 'Text'; content = 'Daily channel report attached.' }
        toRecipients = @($m.To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        attachments  = @(@{
            '@odata.type' = '#microsoft.graph.fileAttachment'
            name          = [IO.Path]::GetFileName($Attachment)
            contentBytes  = [Convert]::ToBase64String($bytes)
        })
    }
}
Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$($m.From)/sendMail" `
    -Headers @{ Authorization = "Bearer $($tok.access_token)" } -Body ($msg | ConvertTo-Json -Depth 8) -ContentType 'application/json'
