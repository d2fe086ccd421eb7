'use strict'
// Legacy path, kept for the EU tenant until the console migration is finished (MKT-2291).
const auth = require('@adobe/jwt-auth')
const fs = require('fs')
const { IMS_HOST } = require('../config/constants')

async function getJwtAccessToken () {
  const config = {
    clientId: process.env.ADOBE_CLIENT_ID,
    clientSecret: process.env.ADOBE_CLIENT_SECRET,
    technicalAccountId: process.env.ADOBE_TECHNICAL_ACCOUNT_ID,
    orgId: process.env.ADOBE_ORG_ID,
    privateKey: fs.readFileSync(process.env.ADOBE_PRIVATE_KEY_PATH, 'utf8'),
    metaScopes: process.env.ADOBE_META_SCOPES.split(','),
    ims: IMS_HOST
  }
  const { access_token: accessToken, expires_in: expiresIn } = await auth(config)
  // jwt-auth passes IMS expires_in through unchanged (milliseconds)
  return { accessToken, expiresAt: Date.now() + expiresIn }
}

module.exports = { getJwtAccessToken }
