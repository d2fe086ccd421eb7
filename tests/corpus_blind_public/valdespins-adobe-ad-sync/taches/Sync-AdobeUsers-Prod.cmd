@echo off
rem Tâche planifiée « Adobe - Synchronisation (production) », 05:00
cd /d C:\AdobeSync
pwsh.exe -NoProfile -ExecutionPolicy Bypass -File Sync-AdobeUsers.ps1 >> C:\AdobeSync\journaux\prod.log 2>&1
