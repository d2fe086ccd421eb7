// Exchanges the AEM as a Cloud Service *service credentials* (AEM Developer Console >
// Integrations > Get Service Credentials) for an access token used by the smoke tests.
// These are not the Adobe Developer Console "Service Account (JWT)" credentials.
'use strict'
const fs = require('fs')
const jwt = require('jsonwebtoken')

async function main () {
  const { integration: creds } = JSON.parse(fs.readFileSync(process.env.AEM_SERVICE_CREDENTIALS, 'utf8'))
  const ims = `https://${creds.imsEndpoint}`
  const payload = {
    iss: creds.org,
    sub: creds.id,
    exp: Math.floor(Date.now() / 1000) + 60 * 60,
    aud: `${ims}/c/${creds.technicalAccount.clientId}`
  }
  for (const scope of creds.metascopes.split(',')) {
    payload[`${ims}/s/${scope}`] = true
  }
  const signed = jwt.sign(payload, creds.privateKey, { algorithm: 'RS256' })
  const res = await fetch(`${ims}/ims/exchange/jwt`, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: creds.technicalAccount.clientId,
      client_secret: creds.technicalAccount.clientSecret,
      jwt_token: signed
    })
  })
  if (!res.ok) throw new Error(`IMS ${res.status}`)
  const { access_token: token } = await res.json()
  process.stdout.write(token)
}

main().catch((e) => { console.error(e.message); process.exit(1) })
