const crypto = require('crypto')
const OAuth = require('oauth-1.0a')
const got = require('got')

/**
 * Adobe Commerce REST client authenticated as an integration (OAuth 1.0a, HMAC-SHA256).
 */
function commerceClient (params) {
  const oauth = OAuth({
    consumer: { key: params.COMMERCE_CONSUMER_KEY, secret: params.COMMERCE_CONSUMER_SECRET },
    signature_method: 'HMAC-SHA256',
    hash_function: (base, key) => crypto.createHmac('sha256', key).update(base).digest('base64')
  })
  const token = { key: params.COMMERCE_ACCESS_TOKEN, secret: params.COMMERCE_ACCESS_TOKEN_SECRET }

  return {
    async put (path, json) {
      const url = `${params.COMMERCE_BASE_URL}rest/V1/${path}`
      const auth = oauth.toHeader(oauth.authorize({ url, method: 'PUT' }, token))
      return got.put(url, { headers: { ...auth }, json }).json()
    }
  }
}

module.exports = { commerceClient }
