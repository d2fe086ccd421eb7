@{
    RootModule        = 'AcmeUmapi.psm1'
    ModuleVersion     = '3.2.0'
    GUID              = '6f0b8e51-3c2d-4a7e-9b1f-0d2c4e6a8b10'
    Author            = 'Acme IT Identity Team'
    CompanyName       = 'Acme Corp'
    Description       = 'Adobe User Management API (UMAPI) helpers for the Adobe Admin Console.'
    PowerShellVersion = '7.2'
    RequiredModules   = @('Microsoft.PowerShell.SecretManagement')
    FunctionsToExport = @('Get-UmapiAccessToken', 'Get-UmapiUser', 'Add-UmapiUserToGroup', 'Remove-UmapiUser')
    PrivateData       = @{ PSData = @{ Tags = @('Adobe', 'UMAPI', 'AdminConsole') } }
}
