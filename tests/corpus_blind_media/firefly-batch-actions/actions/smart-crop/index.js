/*
 * Product crops for e-commerce renditions through the Photoshop API.
 * TODO(CRE-412): switch to the OAuth Server-to-Server credential like actions/generate.
 */
const fetch = require('node-fetch')
const auth = require('@adobe/jwt-auth')
const { Core } = require('@adobe/aio-sdk')
const { errorResponse, checkMissingRequestInputs } = require('../utils')

const PS_API = 'https://image.adobe.io'

async function getPhotoshopToken (params) {
  const config = {
    clientId: params.PS_CLIENT_ID,
    clientSecret: params.PS_CLIENT_SECRET,
    technicalAccountId: params.PS_TECH_ACCOUNT_ID,
    orgId: params.PS_ORG_ID,
    metaScopes: params.PS_META_SCOPES.split(','),
    privateKey: params.PS_PRIVATE_KEY.replace(/\\n/g, '\n')
  }
  const { access_token: accessToken } = await auth(config)
  return accessToken
}

async function main (params) {
  const logger = Core.Logger('smart-crop', { level: params.LOG_LEVEL || 'info' })
  try {
    const missing = checkMissingRequestInputs(params, ['source', 'target'], ['authorization'])
    if (missing) {
      return errorResponse(400, missing, logger)
    }
    const token = await getPhotoshopToken(params)
    const res = await fetch(`${PS_API}/pie/psdService/productCrop`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'x-api-key': params.PS_CLIENT_ID,
        'Content-Type': 'application/json'
      },
      body: JSON.stringify({
        inputs: [{ href: params.source, storage: 'external' }],
        options: { unit: 'Pixels', width: 40, height: 40 },
        outputs: [{ href: params.target, storage: 'external', type: 'image/jpeg' }]
      })
    })
    const body = await res.json()
    if (!res.ok) {
      return errorResponse(res.status, body.message || 'Photoshop API error', logger)
    }
    return { statusCode: 202, body: { status: body._links.self.href } }
  } catch (error) {
    logger.error(error)
    return errorResponse(500, 'server error', logger)
  }
}

exports.main = main
