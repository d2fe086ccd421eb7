@echo off
REM ---------------------------------------------------------------
REM  Adobe User Sync - nightly run, started by the scheduled task
REM  "\Initech\Adobe User Sync" (see scheduler\AdobeUserSync.xml)
REM ---------------------------------------------------------------
setlocal
cd /d C:\UserSync
set PYTHONIOENCODING=utf-8
set STAMP=%date:~-4%%date:~4,2%%date:~7,2%

user-sync.exe --config-filename user-sync-config.yml --users mapped --process-groups >> logs\ust-run-%STAMP%.log 2>&1
if errorlevel 1 (
    powershell -NoProfile -Command "Send-MailMessage -SmtpServer smtp.initech.local -From ust@initech.example -To helpdesk@initech.example -Subject 'Adobe User Sync failed' -Body 'See C:\UserSync\logs'"
)
endlocal
