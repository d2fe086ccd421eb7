@{
    ImsHost            = 'ims-na1.adobelogin.com'
    ClientId           = '4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091'
    SecretTarget       = 'adobe-io/mops-analytics-reports'
    OrgId              = '5A1B2C3D4E5F60718293A4B5@AdobeOrg'
    TechnicalAccountId = '2B3C4D5E6F708192A3B4C5D6@techacct.adobe.com'
    CompanyId          = 'examplec0'
    ReportSuite        = 'examplecorpprod'

    # OAuth Server-to-Server (daily report)
    Scopes             = @('openid', 'AdobeID', 'read_organizations', 'additional_info.projectedProductContext', 'additional_info.job_function')

    # Service account (JWT) - classifications upload only, remove with MOPS-318
    MetaScopes         = @('ent_analytics_bulk_ingest_sdk')
    PrivateKeyPath     = 'D:\mops\keys\adobe-analytics\private.key'

    Mail = @{
        TenantId     = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a'
        ClientId     = 'a1b2c3d4-e5f6-4789-8abc-def012345678'
        SecretTarget = 'graph/mops-report-mailer'
        From         = 'mops-reports@example.com'
        To           = @('marketing-leads@example.com')
    }
}
