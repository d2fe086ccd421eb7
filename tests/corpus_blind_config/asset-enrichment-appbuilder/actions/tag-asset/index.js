const fetch = require('node-fetch')
const { Core } = require('@adobe/aio-sdk')

const IMS_TOKEN_URL = 'https://ims-na1.adobelogin.com/ims/token/v3'

async function getToken (params) {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: params.IMS_CLIENT_ID,
    client_secret: params.IMS_CLIENT_SECRET,
    scope: JSON.parse(params.IMS_SCOPES).join(',')
  })
  const res = await fetch(IMS_TOKEN_URL, { method: 'POST', body })
  if (!res.ok) throw new Error(`IMS token request failed: ${res.status}`)
  return (await res.json()).access_token
}

async function main (params) {
  const logger = Core.Logger('tag-asset', { level: params.LOG_LEVEL || 'info' })
  const token = await getToken(params)
  logger.debug('got IMS token')
  // TODO call the smart tags service with `token`
  return { statusCode: 200, body: { ok: true } }
}

exports.main = main
