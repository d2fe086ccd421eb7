// Workfront OAuth2 "server authentication (JWT flow)" - Workfront's own auth, not Adobe IMS.
const fs = require('fs')
const jwt = require('jsonwebtoken')
const fetch = require('node-fetch')

const WF_DOMAIN = process.env.WORKFRONT_DOMAIN || 'acme.my.workfront.com'

async function workfrontToken () {
  const privateKey = fs.readFileSync(process.env.WORKFRONT_PRIVATE_KEY_PATH, 'utf8')
  const assertion = jwt.sign({
    iss: process.env.WORKFRONT_CUSTOMER_ID,
    sub: process.env.WORKFRONT_USER_ID,
    exp: Math.floor(Date.now() / 1000) + 60
  }, privateKey, { algorithm: 'RS256' })
  const res = await fetch(`https://${WF_DOMAIN}/integrations/oauth2/api/v1/jwt/exchange`, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: process.env.WORKFRONT_CLIENT_ID,
      client_secret: process.env.WORKFRONT_CLIENT_SECRET,
      jwt_token: assertion
    })
  })
  return (await res.json()).access_token
}

module.exports = { workfrontToken }
