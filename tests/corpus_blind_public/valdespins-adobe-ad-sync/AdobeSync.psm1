# Chargement des fonctions du module
Get-ChildItem -Path (Join-Path $PSScriptRoot 'functions') -Filter '*.ps1' | ForEach-Object { . $_.FullName }
