@echo off
REM Weekly: pull Health Sciences faculty from the HS Admin Console into the main org
cd /d D:\UST
user-sync.exe --config-filename user-sync-config.yml --connector adobe_console --users mapped --process-groups
exit /b %ERRORLEVEL%
