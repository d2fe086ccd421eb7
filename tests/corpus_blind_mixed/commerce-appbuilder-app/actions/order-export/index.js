const { Core } = require('@adobe/aio-sdk')
const { context, getToken } = require('@adobe/aio-lib-ims')
// keep: webpack drops the IMS plugin from the action bundle otherwise
require('@adobe/aio-lib-ims-jwt')
const fetch = require('node-fetch')
const { errorResponse } = require('../utils/responses')

const CTX = 'commerce-sync'

async function imsToken (params) {
  await context.set(CTX, {
    client_id: params.ADOBE_CLIENT_ID,
    client_secret: params.ADOBE_CLIENT_SECRET,
    technical_account_id: params.ADOBE_TECHNICAL_ACCOUNT_ID,
    ims_org_id: params.ADOBE_ORG_ID,
    meta_scopes: params.ADOBE_META_SCOPES.split(','),
    private_key: params.ADOBE_PRIVATE_KEY.replace(/\\n/g, '\n')
  }, true)
  return getToken(CTX)
}

async function main (params) {
  const logger = Core.Logger('order-export', { level: params.LOG_LEVEL || 'info' })
  try {
    const token = await imsToken(params)
    const res = await fetch(params.ERP_ENDPOINT, {
      method: 'POST',
      headers: { 'x-adobe-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ since: params.since || null })
    })
    logger.info(`ERP answered ${res.status}`)
    return { statusCode: 200, body: { exported: res.ok } }
  } catch (e) {
    logger.error(e)
    return errorResponse(500, 'server error', logger)
  }
}

exports.main = main
