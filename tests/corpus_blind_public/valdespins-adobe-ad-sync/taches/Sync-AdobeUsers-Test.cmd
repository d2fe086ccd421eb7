@echo off
rem Tâche planifiée « Adobe - Synchronisation (essai OAuth) », 04:30
cd /d C:\AdobeSync
pwsh.exe -NoProfile -ExecutionPolicy Bypass -File Sync-AdobeUsers.ps1 -UseOAuth -TestOnly >> C:\AdobeSync\journaux\test.log 2>&1
