@{
    RootModule        = 'AdobeSync.psm1'
    ModuleVersion     = '1.7.0'
    GUID              = '3f2a8c1e-6b4d-4e7a-9c5f-1d0e8b7a6c42'
    Author            = 'STI - Ville de Val-des-Pins'
    Description       = 'Synchronisation des groupes AD vers Adobe Admin Console (UMAPI)'
    PowerShellVersion = '7.2'
    FunctionsToExport = @('Get-AdobeJwtToken', 'Get-AdobeOAuthToken', 'Get-EntraGroupMembers', 'Invoke-Umapi')
}
