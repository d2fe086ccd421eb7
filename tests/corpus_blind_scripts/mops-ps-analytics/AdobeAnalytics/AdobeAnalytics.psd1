@{
    RootModule        = 'AdobeAuth.psm1'
    NestedModules     = @('Reports.psm1')
    ModuleVersion     = '1.6.2'
    GUID              = '3f0b8c52-6a1e-4d7b-9a43-0c2d8e5f7a11'
    Author            = 'Marketing Ops'
    CompanyName       = 'Example Corp'
    PowerShellVersion = '7.2'
    FunctionsToExport = @(
        'Get-AdobeJwtAccessToken',
        'Get-AdobeS2SAccessToken',
        'Get-AdobeAccessToken',
        'Invoke-AnalyticsReport',
        'Send-Classifications'
    )
    RequiredModules   = @('CredentialManager')
}
