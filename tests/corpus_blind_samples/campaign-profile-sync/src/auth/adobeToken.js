'use strict'
const axios = require('axios')
const { IMS_HOST, TOKEN_PATH } = require('../config/constants')

// Old hand-rolled JWT code, replaced by @adobe/jwt-auth in 1.3 and by S2S in 1.7:
// const jwt = require('jsonwebtoken')
// const payload = {
//   iss: process.env.ADOBE_ORG_ID,
//   sub: process.env.ADOBE_TECHNICAL_ACCOUNT_ID,
//   aud: AUD_PREFIX + process.env.ADOBE_CLIENT_ID,
//   [METASCOPE_PREFIX + 'ent_campaign_sdk']: true,
//   exp: Math.round(Date.now() / 1000) + 300
// }
// const signed = jwt.sign(payload, privateKey, { algorithm: 'RS256' })

async function getS2SAccessToken () {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: process.env.ADOBE_CLIENT_ID,
    client_secret: process.env.ADOBE_CLIENT_SECRET,
    scope: process.env.ADOBE_SCOPES
  })
  const { data } = await axios.post(`${IMS_HOST}${TOKEN_PATH}`, form, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    timeout: 15000
  })
  return { accessToken: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 }
}

module.exports = { getS2SAccessToken }
