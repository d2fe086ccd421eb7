const { Core } = require('@adobe/aio-sdk')
const { context, getToken } = require('@adobe/aio-lib-ims')
const fetch = require('node-fetch')
const { CTX_NAME, buildImsContext, s2sEnabled } = require('../../lib/ims-context')

async function main (params) {
  const logger = Core.Logger('relay', { level: params.LOG_LEVEL || 'info' })

  // I/O Events challenge handshake
  if (params.challenge) {
    return { statusCode: 200, body: { challenge: params.challenge } }
  }

  try {
    await context.set(CTX_NAME, buildImsContext(params), true)
    const token = await getToken(CTX_NAME)
    logger.debug(`got IMS token (s2s=${s2sEnabled(params)})`)

    const res = await fetch(`${params.LUMEN_GATEWAY_URL}/v1/adobe-events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-lumen-source': 'adobe-io-events',
        'x-adobe-ims-token': token
      },
      body: JSON.stringify({ event: params.event, id: params.event_id })
    })
    if (!res.ok) {
      logger.error(`gateway answered ${res.status}`)
      return { statusCode: 502, body: { error: 'gateway error' } }
    }
    return { statusCode: 200, body: { relayed: true } }
  } catch (e) {
    logger.error(e)
    return { statusCode: 500, body: { error: 'server error' } }
  }
}

exports.main = main
