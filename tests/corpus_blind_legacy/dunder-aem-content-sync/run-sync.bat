@echo off
REM Hourly job on DM-SCRANTON-APP01 (Task Scheduler "\DunderMifflin\AEM content sync")
cd /d D:\jobs\aem-content-sync
"C:\Program Files\Java\jre1.8.0_351\bin\java.exe" -jar target\aem-content-sync-1.6.0.jar config\aemcs-service-credentials.json >> logs\sync.log 2>&1
