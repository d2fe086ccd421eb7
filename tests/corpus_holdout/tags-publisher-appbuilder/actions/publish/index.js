const { Core } = require('@adobe/aio-sdk')
const fetch = require('node-fetch')

const REACTOR = 'https://reactor.adobe.io'

async function main (params) {
  const logger = Core.Logger('publish', { level: params.LOG_LEVEL || 'info' })
  const token = params.__ow_headers && params.__ow_headers.authorization
  if (!token) {
    return { statusCode: 401, body: { error: 'missing authorization' } }
  }
  const propertyId = params.TAGS_PROPERTY_ID
  logger.info(`building library for ${propertyId}`)
  const res = await fetch(`${REACTOR}/properties/${propertyId}/libraries`, {
    headers: {
      Authorization: token,
      'x-api-key': params.__ow_headers['x-gw-ims-api-key'] || 'tags-publisher',
      'x-gw-ims-org-id': params.__ow_headers['x-gw-ims-org-id'],
      Accept: 'application/vnd.api+json;revision=1'
    }
  })
  const body = await res.json()
  return { statusCode: res.status, body }
}

exports.main = main
