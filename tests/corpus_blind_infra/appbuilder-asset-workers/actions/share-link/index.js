// Creates a short-lived signed link for sharing a rendition with agencies.
// The JWT here is our own HS256 token, verified by actions/resolve-link.
const jwt = require('jsonwebtoken')
const { Core } = require('@adobe/aio-sdk')

async function main (params) {
  const logger = Core.Logger('share-link', { level: params.LOG_LEVEL || 'info' })
  if (!params.assetPath) {
    return { statusCode: 400, body: { error: 'assetPath missing' } }
  }
  const token = jwt.sign(
    { sub: params.assetPath, aud: 'assetworkers-share', scope: 'rendition:read' },
    params.SHARE_LINK_SECRET,
    { algorithm: 'HS256', expiresIn: '15m', issuer: 'assetworkers' }
  )
  logger.info(`share link issued for ${params.assetPath}`)
  return { statusCode: 200, body: { url: `${params.PUBLIC_BASE}/s/${token}` } }
}

exports.main = main
