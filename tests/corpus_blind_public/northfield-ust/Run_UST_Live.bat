@echo off
REM Scheduled task "Adobe User Sync - Live" (02:30 daily, runs as NORTHFIELD\svc-adobe-ust)
cd /d D:\UST
set PYTHONIOENCODING=utf-8
powershell.exe -NoProfile -ExecutionPolicy Bypass -File scripts\Export-CCGroups.ps1 -Quiet
user-sync.exe --config-filename user-sync-config.yml --process-groups --users mapped
set RC=%ERRORLEVEL%
if not "%RC%"=="0" (
  powershell.exe -NoProfile -Command "Send-MailMessage -SmtpServer smtp.northfield.edu -From ust@northfield.edu -To iam@northfield.edu -Subject 'UST live run failed (rc=%RC%)' -Body 'See D:\UST\logs'"
)
exit /b %RC%
