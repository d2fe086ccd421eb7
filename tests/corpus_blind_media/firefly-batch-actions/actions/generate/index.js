/*
 * Batch text-to-image through Firefly Services.
 * Authenticates with the OAuth Server-to-Server credential of the "Firefly Batch" project.
 */
const fetch = require('node-fetch')
const pLimit = require('p-limit')
const { Core } = require('@adobe/aio-sdk')
const { errorResponse, checkMissingRequestInputs } = require('../utils')

const IMS_TOKEN_URL = 'https://ims-na1.adobelogin.com/ims/token/v3'
const FIREFLY_GENERATE_URL = 'https://firefly-api.adobe.io/v3/images/generate'

let cachedToken = null

async function getServiceToken (params) {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60000) {
    return cachedToken.value
  }
  const res = await fetch(IMS_TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: params.FIREFLY_CLIENT_ID,
      client_secret: params.FIREFLY_CLIENT_SECRET,
      scope: params.FIREFLY_SCOPES
    })
  })
  if (!res.ok) {
    throw new Error(`IMS token request failed: ${res.status}`)
  }
  const { access_token: value, expires_in: expiresIn } = await res.json()
  cachedToken = { value, expiresAt: Date.now() + expiresIn * 1000 }
  return value
}

async function generateOne (token, params, prompt) {
  const res = await fetch(FIREFLY_GENERATE_URL, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'x-api-key': params.FIREFLY_CLIENT_ID,
      'Content-Type': 'application/json'
    },
    body: JSON.stringify({
      prompt,
      numVariations: 1,
      size: { width: 2048, height: 2048 },
      contentClass: 'photo'
    })
  })
  if (!res.ok) {
    throw new Error(`Firefly generate failed (${res.status}) for prompt "${prompt}"`)
  }
  const body = await res.json()
  return body.outputs.map(o => o.image.url)
}

async function main (params) {
  const logger = Core.Logger('generate', { level: params.LOG_LEVEL || 'info' })
  try {
    const missing = checkMissingRequestInputs(params, ['prompts'], ['authorization'])
    if (missing) {
      return errorResponse(400, missing, logger)
    }
    const token = await getServiceToken(params)
    const limit = pLimit(4)
    const results = await Promise.all(params.prompts.map(p => limit(() => generateOne(token, params, p))))
    return { statusCode: 200, body: { images: results.flat() } }
  } catch (error) {
    logger.error(error)
    return errorResponse(500, 'server error', logger)
  }
}

exports.main = main
