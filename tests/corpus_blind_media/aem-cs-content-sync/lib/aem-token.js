'use strict'

const fs = require('fs')
const jwt = require('jsonwebtoken')
const fetch = require('node-fetch')

/**
 * Access token for AEM as a Cloud Service from an AEM Developer Console service credential.
 */
async function getAemAccessToken (credentialsFile = process.env.AEM_SERVICE_CREDENTIALS_FILE) {
  if (process.env.AEM_DEV_TOKEN) {
    return process.env.AEM_DEV_TOKEN
  }
  const { integration } = JSON.parse(fs.readFileSync(credentialsFile, 'utf8'))
  const imsHost = `https://${integration.imsEndpoint}`
  const payload = {
    iss: integration.org,
    sub: integration.id,
    exp: Math.floor(Date.now() / 1000) + 60 * 60,
    aud: `${imsHost}/c/${integration.technicalAccount.clientId}`
  }
  for (const scope of integration.metascopes.split(',')) {
    payload[`${imsHost}/s/${scope}`] = true
  }
  const assertion = jwt.sign(payload, integration.privateKey, { algorithm: 'RS256' })
  const form = new URLSearchParams({
    client_id: integration.technicalAccount.clientId,
    client_secret: integration.technicalAccount.clientSecret,
    jwt_token: assertion
  })
  const res = await fetch(`${imsHost}/ims/exchange/jwt`, { method: 'POST', body: form })
  if (!res.ok) {
    throw new Error(`AEM token request failed: ${res.status} ${await res.text()}`)
  }
  const body = await res.json()
  return body.access_token
}

module.exports = { getAemAccessToken }
