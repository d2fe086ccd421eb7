const { Core } = require('@adobe/aio-sdk')
const { context, getToken } = require('@adobe/aio-lib-ims')
const fetch = require('node-fetch')

const CTX = 'eastmoor-events'

async function imsToken (params) {
  await context.set(CTX, {
    client_id: params.ADOBE_CLIENT_ID,
    client_secrets: [params.ADOBE_CLIENT_SECRET],
    technical_account_id: params.ADOBE_TECH_ACCOUNT_ID,
    technical_account_email: params.ADOBE_TECH_ACCOUNT_EMAIL,
    ims_org_id: params.ADOBE_ORG_ID,
    scopes: ['AdobeID', 'openid', 'read_organizations', 'additional_info.projectedProductContext', 'event_receiver_api']
  }, true)
  return getToken(CTX)
}

async function main (params) {
  const logger = Core.Logger('publish-news', { level: params.LOG_LEVEL || 'info' })
  const event = params.data || {}
  if (!event.path || !event.path.startsWith('/content/eastmoor/news/')) {
    return { statusCode: 200, body: { skipped: true } }
  }
  const token = await imsToken(params)
  const page = await fetch(`https://publish-p91234-e845321.adobeaemcloud.com${event.path}.model.json`, {
    headers: { Authorization: `Bearer ${token}` }
  }).then(r => r.json())

  const res = await fetch(params.SIGNAGE_WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: page.title, summary: page.description, url: `https://www.eastmoor.ac.uk${event.path.replace('/content/eastmoor', '')}.html` })
  })
  logger.info(`signage ${res.status} for ${event.path}`)
  return { statusCode: 200, body: { pushed: event.path } }
}

exports.main = main
