param env string
param location string = resourceGroup().location
param planId string

var kvName = 'kv-claims-corr-${env}'

resource app 'Microsoft.Web/sites@2023-01-01' = {
  name: 'app-claims-corr-${env}'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|8.0'
      minTlsVersion: '1.2'
      appSettings: [
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: env == 'prd' ? 'Production' : 'Staging'
        }
        {
          name: 'AdobeIms__ClientSecret'
          value: '@Microsoft.KeyVault(SecretUri=https://${kvName}.vault.azure.net/secrets/adobe-campaign-client-secret/)'
        }
        {
          name: 'AdobeIms__SigningCertificatePassword'
          value: '@Microsoft.KeyVault(SecretUri=https://${kvName}.vault.azure.net/secrets/adobe-campaign-jwt-pfx-password/)'
        }
        {
          name: 'PdfServices__ClientSecret'
          value: '@Microsoft.KeyVault(SecretUri=https://${kvName}.vault.azure.net/secrets/pdf-services-client-secret/)'
        }
        {
          name: 'WEBSITE_LOAD_CERTIFICATES'
          value: '4F9A2C7E1B3D5F6A8C0E2B4D6F8A1C3E5B7D9F0A'
        }
      ]
    }
  }
}

output principalId string = app.identity.principalId
