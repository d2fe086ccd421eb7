'use strict'

const fs = require('fs')
const auth = require('@adobe/jwt-auth')

let cached = null

/**
 * Returns an IMS access token for the Stock API, cached until shortly before expiry.
 */
async function getAccessToken () {
  if (cached && Date.now() < cached.expiresAt) {
    return cached.token
  }
  const config = {
    clientId: process.env.ACME_ADOBE_CLIENT_ID,
    clientSecret: process.env.ACME_ADOBE_CLIENT_SECRET,
    technicalAccountId: process.env.ACME_ADOBE_TECH_ACCOUNT_ID,
    orgId: process.env.ACME_ADOBE_ORG_ID,
    metaScopes: (process.env.ACME_ADOBE_METASCOPES || 'ent_stocksearch_sdk').split(','),
    privateKey: fs.readFileSync(process.env.ACME_ADOBE_PRIVATE_KEY_PATH || '/var/run/secrets/adobe/private.key', 'utf8')
  }
  const { access_token: token, expires_in: expiresIn } = await auth(config)
  // the exchange answers in ms, so this is directly comparable with Date.now()
  cached = { token, expiresAt: Date.now() + expiresIn - 60000 }
  return token
}

module.exports = { getAccessToken }
