@echo off
REM ------------------------------------------------------------------
REM  Northfield ITS - Adobe User Sync, TEST MODE (no changes are made)
REM  Run by hand after editing any of the yml files.
REM ------------------------------------------------------------------
cd /d D:\UST
set PYTHONIOENCODING=utf-8
echo %DATE% %TIME% test run started >> logs\runs.txt
user-sync.exe --config-filename user-sync-config.yml -t --process-groups --users mapped --adobe-only-user-action preserve
if errorlevel 1 (
  echo %DATE% %TIME% test run FAILED >> logs\runs.txt
  exit /b 1
)
echo %DATE% %TIME% test run ok >> logs\runs.txt
