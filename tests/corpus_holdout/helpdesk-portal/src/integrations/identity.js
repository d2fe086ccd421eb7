// Okta service app (client credentials, private_key_jwt) for syncing agents from groups.
const okta = require('@okta/okta-sdk-nodejs')

const client = new okta.Client({
  orgUrl: 'https://examplecorp.okta.com/',
  authorizationMode: 'PrivateKey',
  clientId: process.env.OKTA_CLIENT_ID,
  scopes: ['okta.users.read', 'okta.groups.read'],
  privateKey: process.env.OKTA_PRIVATE_KEY_JWK,
  keyId: process.env.OKTA_KEY_ID
})

async function listAgents () {
  const out = []
  const group = await client.groupApi.getGroup({ groupId: process.env.OKTA_AGENT_GROUP })
  for await (const u of client.groupApi.listGroupUsers({ groupId: group.id })) out.push(u.profile.email)
  return out
}


// --- Auth0 Management API via machine-to-machine app (client_credentials).
const axios = require('axios')

const DOMAIN = process.env.AUTH0_DOMAIN || 'examplecorp.eu.auth0.com'

async function managementToken () {
  const { data } = await axios.post(`https://${DOMAIN}/oauth/token`, {
    grant_type: 'client_credentials',
    client_id: process.env.AUTH0_M2M_CLIENT_ID,
    client_secret: process.env.AUTH0_M2M_CLIENT_SECRET,
    audience: `https://${DOMAIN}/api/v2/`
  })
  return data.access_token
}

module.exports = { listAgents, managementToken }
