@echo off
REM Nightly user sync - scheduled task "Adobe User Sync" (02:30)
cd /d D:\ust
user-sync.exe --config-filename user-sync-config.yml --process-groups --users mapped >> logs\scheduled.log 2>&1
