const { context, getToken } = require('@adobe/aio-lib-ims')

const CTX = 'acme-commerce-s2s'

/**
 * IMS token from the OAuth Server-to-Server credential of the App Builder workspace.
 */
async function getAdobeToken (params) {
  await context.set(CTX, {
    client_id: params.ADOBE_CLIENT_ID,
    client_secrets: [params.ADOBE_CLIENT_SECRET],
    technical_account_email: params.ADOBE_TECHNICAL_ACCOUNT_EMAIL,
    technical_account_id: params.ADOBE_TECHNICAL_ACCOUNT_ID,
    scopes: params.ADOBE_SCOPES.split(',').map(s => s.trim()),
    ims_org_id: params.ADOBE_ORG_ID
  }, true)
  return getToken(CTX)
}

function errorResponse (statusCode, message, logger) {
  if (logger && typeof logger.info === 'function') {
    logger.info(`${statusCode}: ${message}`)
  }
  return { error: { statusCode, body: { error: message } } }
}

function checkMissingRequestInputs (params, required = []) {
  const missing = required.filter(k => params[k] === undefined || params[k] === '')
  return missing.length ? `missing parameter(s) '${missing.join(', ')}'` : null
}

module.exports = { getAdobeToken, errorResponse, checkMissingRequestInputs }
