const fetch = require('node-fetch')
const auth = require('@adobe/jwt-auth')
const { Core } = require('@adobe/aio-sdk')

async function main (params) {
  const logger = Core.Logger('sync-metadata', { level: params.LOG_LEVEL || 'info' })
  const { access_token: token } = await auth({
    clientId: params.IMS_CLIENT_ID,
    clientSecret: params.IMS_CLIENT_SECRET,
    technicalAccountId: params.IMS_TECHNICAL_ACCOUNT_ID,
    orgId: params.IMS_ORG_ID,
    privateKey: params.IMS_PRIVATE_KEY,
    metaScopes: JSON.parse(params.IMS_META_SCOPES)
  })
  const asset = params.data && params.data.repositoryMetadata
  if (!asset) return { statusCode: 400, body: { error: 'no asset in event' } }
  const res = await fetch(`${params.PIM_BASE_URL}/assets/${encodeURIComponent(asset['repo:assetId'])}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(asset)
  })
  logger.info(`PIM answered ${res.status}`)
  return { statusCode: res.ok ? 200 : 502 }
}

exports.main = main
