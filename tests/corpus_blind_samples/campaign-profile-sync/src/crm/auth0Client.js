'use strict'
const axios = require('axios')

let token = null
let expiresAt = 0

// Auth0 machine-to-machine (client credentials) token for the CRM API
async function crmToken () {
  if (token && Date.now() < expiresAt - 60000) return token
  const { data } = await axios.post(`https://${process.env.AUTH0_DOMAIN}/oauth/token`, {
    grant_type: 'client_credentials',
    client_id: process.env.AUTH0_CLIENT_ID,
    client_secret: process.env.AUTH0_CLIENT_SECRET,
    audience: process.env.AUTH0_AUDIENCE
  })
  token = data.access_token
  expiresAt = Date.now() + data.expires_in * 1000
  return token
}

module.exports = { crmToken }
