'use strict'

const IMS_HOST = process.env.ADOBE_IMS_HOST || 'https://ims-na1.adobelogin.com'

module.exports = {
  IMS_HOST,
  // legacy Service Account (JWT) integration
  JWT_EXCHANGE_PATH: '/ims/exchange/jwt/',
  AUD_PREFIX: `${IMS_HOST}/c/`,
  METASCOPE_PREFIX: `${IMS_HOST}/s/`,
  // OAuth Server-to-Server
  TOKEN_PATH: '/ims/token/v3',
  CAMPAIGN_BASE: 'https://mc.adobe.io',
  TOKEN_REFRESH_MARGIN_MS: 5 * 60 * 1000
}
