@{
    ImsHost            = 'ims-na1.adobelogin.com'
    OrgId              = '0A1B2C3D4E5F60718293A4B5@AdobeOrg'
    ClientId           = 'c3d4e5f60718293a4b5c6d7e8f90a1b2'
    TechnicalAccountId = 'B5C6D7E8F90A1B2C3D4E5F60@techacct.adobe.com'
    PrivateKeyPath     = 'C:\ProgramData\AdobeSync\keys\private.key'
    MetaScopes         = @('ent_user_sdk')
    SecretVaultName    = 'AdobeSync'
    UmapiEndpoint      = 'https://usermanagement.adobe.io/v2/usermanagement'
    AzureTenantId      = 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9'
    AzureClientId      = '0e1d2c3b-4a59-4687-9786-a5b4c3d2e1f0'
}
