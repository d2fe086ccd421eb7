const adobeJwt = require('@adobe/jwt-auth')
const { ims } = require('./config')

let cached = null

async function getToken () {
  if (cached && cached.expiresAt - Date.now() > 5 * 60 * 1000) {
    return cached.accessToken
  }
  const res = await adobeJwt(ims)
  cached = {
    accessToken: res.access_token,
    // IMS gives us milliseconds here
    expiresAt: Date.now() + res.expires_in
  }
  return cached.accessToken
}

module.exports = { getToken }
