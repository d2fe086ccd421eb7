'use strict'
const { getJwtAccessToken } = require('./adobeJwt')
const { getS2SAccessToken } = require('./adobeToken')
const { TOKEN_REFRESH_MARGIN_MS } = require('../config/constants')

let cached = null

async function adobeAccessToken () {
  if (cached && cached.expiresAt - TOKEN_REFRESH_MARGIN_MS > Date.now()) return cached.accessToken
  cached = process.env.ADOBE_AUTH_MODE === 'oauth'
    ? await getS2SAccessToken()
    : await getJwtAccessToken()
  return cached.accessToken
}

module.exports = { adobeAccessToken }
