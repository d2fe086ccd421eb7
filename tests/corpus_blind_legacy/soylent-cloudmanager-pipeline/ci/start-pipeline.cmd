@echo off
REM Wrapper used by the "SOYLENT-BUILD-W02" Jenkins agent
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0Start-CloudManagerPipeline.ps1" -PipelineId %1
exit /b %ERRORLEVEL%
