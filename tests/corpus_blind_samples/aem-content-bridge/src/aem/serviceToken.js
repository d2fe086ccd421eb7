// Access token for server-to-server calls into AEM as a Cloud Service, using the
// "Service Credentials" from the AEM Developer Console (Integrations tab).
const exchange = require('@adobe/jwt-auth')
const fs = require('fs')

async function getAemAccessToken (credentialsPath = process.env.AEM_SERVICE_CREDENTIALS_PATH) {
  const { integration } = JSON.parse(fs.readFileSync(credentialsPath, 'utf8'))
  const config = {
    clientId: integration.technicalAccount.clientId,
    clientSecret: integration.technicalAccount.clientSecret,
    technicalAccountId: integration.id,
    orgId: integration.org,
    privateKey: integration.privateKey,
    metaScopes: integration.metascopes.split(','),
    ims: `https://${integration.imsEndpoint}`
  }
  const { access_token: accessToken } = await exchange(config)
  return accessToken
}

module.exports = { getAemAccessToken }
