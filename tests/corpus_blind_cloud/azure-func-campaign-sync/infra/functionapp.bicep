param location string = resourceGroup().location
param env string = 'prod'
param adobeAuthMode string = 'jwt'
param adobeClientId string
param adobeOrgId string
param adobeTechnicalAccountId string

var name = 'func-campsync-${env}'

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-campsync-${env}'
}

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: 'plan-campsync-${env}'
  location: location
  sku: { name: 'Y1', tier: 'Dynamic' }
}

resource site 'Microsoft.Web/sites@2023-01-01' = {
  name: name
  location: location
  kind: 'functionapp'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      netFrameworkVersion: 'v8.0'
      appSettings: [
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet-isolated' }
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'Adobe__AuthMode', value: adobeAuthMode }
        { name: 'Adobe__ClientId', value: adobeClientId }
        { name: 'Adobe__OrgId', value: adobeOrgId }
        { name: 'Adobe__ClientSecret', value: '@Microsoft.KeyVault(VaultName=${kv.name};SecretName=adobe-client-secret)' }
        { name: 'Adobe__TechnicalAccountId', value: adobeTechnicalAccountId }
        { name: 'Adobe__MetaScopes', value: 'ent_campaign_sdk' }
        { name: 'Adobe__PrivateKeyPem', value: '@Microsoft.KeyVault(VaultName=${kv.name};SecretName=adobe-jwt-private-key)' }
        { name: 'Adobe__Scopes', value: 'openid,AdobeID,campaign_sdk,additional_info.projectedProductContext,campaign_config_server_general,deliverability_service_general' }
        { name: 'Dynamics__TenantId', value: subscription().tenantId }
        { name: 'Dynamics__ClientSecret', value: '@Microsoft.KeyVault(VaultName=${kv.name};SecretName=dynamics-client-secret)' }
      ]
    }
  }
}
