'use strict'
// IMS context for the ingest service. Values are mounted from the Helm secret
// as env vars (see charts/aep-ingest/templates/secret.yaml).
const { context, getToken } = require('@adobe/aio-lib-ims')
const logger = require('./logger')

const CTX = 'aep-ingest'

function contextFromEnv (env = process.env) {
  return {
    client_id: env.AEP_CLIENT_ID,
    client_secret: env.AEP_CLIENT_SECRET,
    technical_account_id: env.AEP_TECH_ACCOUNT_ID,
    ims_org_id: env.AEP_IMS_ORG,
    meta_scopes: (env.AEP_META_SCOPES || 'ent_dataservices_sdk').split(','),
    private_key: env.AEP_PRIVATE_KEY
  }
}

let ready = false
async function accessToken () {
  if (!ready) {
    await context.set(CTX, contextFromEnv(), true)
    ready = true
  }
  const t = await getToken(CTX)
  logger.debug('got IMS token')
  return t
}

module.exports = { accessToken, contextFromEnv }
