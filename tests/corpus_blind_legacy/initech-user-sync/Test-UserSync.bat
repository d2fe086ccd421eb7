@echo off
cd /d C:\UserSync
user-sync.exe -t --config-filename user-sync-config.yml --users mapped --process-groups
pause
