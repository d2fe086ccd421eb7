const { Core, Events } = require('@adobe/aio-sdk')
const { context, getToken } = require('@adobe/aio-lib-ims')
const { CloudEvent } = require('cloudevents')

const CTX = 'acme_events_s2s'

async function imsToken (params) {
  await context.set(CTX, {
    client_id: params.ADOBE_CLIENT_ID,
    client_secrets: [params.ADOBE_CLIENT_SECRET],
    technical_account_id: params.ADOBE_TECHNICAL_ACCOUNT_ID,
    technical_account_email: params.ADOBE_TECHNICAL_ACCOUNT_EMAIL,
    ims_org_id: params.ADOBE_ORG_ID,
    scopes: ['AdobeID', 'openid', 'read_organizations', 'adobeio_api', 'event_receiver_api']
  }, true)
  return getToken(CTX)
}

async function main (params) {
  const logger = Core.Logger('publish-event', { level: params.LOG_LEVEL || 'info' })
  try {
    const token = await imsToken(params)
    const events = await Events.init(params.ADOBE_ORG_ID, params.ADOBE_CLIENT_ID, token)
    const ce = new CloudEvent({
      source: `urn:uuid:${params.EVENTS_PROVIDER_ID}`,
      type: 'com.acme.product.approved',
      datacontenttype: 'application/json',
      data: { sku: params.sku, approvedBy: params.user }
    })
    const res = await events.publishEvent(ce)
    logger.info(`published ${params.sku}: ${res}`)
    return { statusCode: 200, body: { ok: true } }
  } catch (e) {
    logger.error(e)
    return { statusCode: 500, body: { error: 'publish failed' } }
  }
}

exports.main = main
