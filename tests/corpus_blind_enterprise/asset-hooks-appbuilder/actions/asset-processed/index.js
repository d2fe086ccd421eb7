/*
 * Receives AEM Assets "asset processing completed" events via I/O Events journaling
 * and pushes rendition URLs to the PIM.
 */
const { Core, Events } = require('@adobe/aio-sdk')
const { context, getToken } = require('@adobe/aio-lib-ims')
const fetch = require('node-fetch')

const IMS_CONTEXT = 'acme-asset-hooks'

async function imsToken (params) {
  await context.set(IMS_CONTEXT, {
    client_id: params.CLIENT_ID,
    client_secrets: [params.CLIENT_SECRET],
    technical_account_id: params.TECHNICAL_ACCOUNT_ID,
    technical_account_email: params.TECHNICAL_ACCOUNT_EMAIL,
    ims_org_id: params.IMS_ORG_ID,
    scopes: ['AdobeID', 'openid', 'read_organizations', 'additional_info.projectedProductContext', 'additional_info.roles', 'adobeio_api', 'event_receiver_api']
  }, true)
  // Old JWT context (before ASSET-311). The Production workspace still has the JWT
  // credential, keep this until it is migrated in the Console.
  // await context.set(IMS_CONTEXT, {
  //   client_id: params.CLIENT_ID,
  //   client_secret: params.CLIENT_SECRET,
  //   technical_account_id: params.TECHNICAL_ACCOUNT_ID,
  //   meta_scopes: ['ent_adobeio_sdk', 'event_receiver_api'],
  //   ims_org_id: params.IMS_ORG_ID,
  //   private_key: params.PRIVATE_KEY
  // }, true)
  return getToken(IMS_CONTEXT)
}

async function main (params) {
  const logger = Core.Logger('asset-processed', { level: params.LOG_LEVEL || 'info' })
  try {
    const token = await imsToken(params)
    const events = await Events.init(params.IMS_ORG_ID, params.CLIENT_ID, token)
    const journal = await events.getEventsFromJournal(params.JOURNAL_URL, { limit: 50 })
    const assets = (journal.events || []).map(e => ({
      path: e.event['activitystreams:object']['xdmAsset:path'],
      rendition: e.event['activitystreams:object']['xdmAsset:renditionUrl']
    }))
    if (assets.length) {
      await fetch(params.PIM_WEBHOOK_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(assets) })
    }
    return { statusCode: 200, body: { forwarded: assets.length } }
  } catch (error) {
    logger.error(error)
    return { statusCode: 500, body: { error: 'server error' } }
  }
}

exports.main = main
