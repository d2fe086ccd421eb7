const fs = require('fs')
const auth = require('@adobe/jwt-auth')

// AEM as a Cloud Service service credentials (AEM Developer Console -> Integrations).
// Either AEM_SERVICE_CREDENTIALS_FILE (the JSON as downloaded) or the split env vars.
function loadIntegration () {
  if (process.env.AEM_SERVICE_CREDENTIALS_FILE) {
    return JSON.parse(fs.readFileSync(process.env.AEM_SERVICE_CREDENTIALS_FILE, 'utf8')).integration
  }
  const e = process.env
  return {
    imsEndpoint: e.AEM_SERVICECREDENTIALS_IMS_ENDPOINT,
    metascopes: e.AEM_SERVICECREDENTIALS_META_SCOPES,
    technicalAccount: { clientId: e.AEM_SERVICECREDENTIALS_CLIENT_ID, clientSecret: e.AEM_SERVICECREDENTIALS_CLIENT_SECRET },
    id: e.AEM_SERVICECREDENTIALS_TECHNICAL_ACCOUNT_ID,
    org: e.AEM_SERVICECREDENTIALS_ORG_ID,
    privateKey: e.AEM_SERVICECREDENTIALS_PRIVATE_KEY
  }
}

async function getAemToken () {
  const integration = loadIntegration()
  const { access_token: accessToken } = await auth({
    clientId: integration.technicalAccount.clientId,
    clientSecret: integration.technicalAccount.clientSecret,
    technicalAccountId: integration.id,
    orgId: integration.org,
    privateKey: integration.privateKey,
    metaScopes: integration.metascopes.split(','),
    ims: `https://${integration.imsEndpoint}`
  })
  return accessToken
}

module.exports = { getAemToken }
