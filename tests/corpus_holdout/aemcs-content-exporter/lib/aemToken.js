// Access token for AEM as a Cloud Service using the service credentials
// downloaded from the AEM Developer Console ("Integrations" tab).
// NOTE: these AEM service credentials are not the deprecated Adobe Developer Console JWT credential.
import fs from 'node:fs'
import jwt from 'jsonwebtoken'
import fetch from 'node-fetch'

export async function getAemAccessToken (credentialsPath) {
  const { integration } = JSON.parse(fs.readFileSync(credentialsPath, 'utf8'))
  const ims = `https://${integration.imsEndpoint}`
  const claims = {
    exp: Math.floor(Date.now() / 1000) + 60 * 60 * 8,
    iss: integration.org,
    sub: integration.id,
    aud: `${ims}/c/${integration.technicalAccount.clientId}`,
  }
  for (const ms of integration.metascopes.split(',')) {
    claims[`${ims}/s/${ms}`] = true
  }
  const signed = jwt.sign(claims, integration.privateKey, { algorithm: 'RS256' })

  const res = await fetch(`${ims}/ims/exchange/jwt`, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: integration.technicalAccount.clientId,
      client_secret: integration.technicalAccount.clientSecret,
      jwt_token: signed,
    }),
  })
  if (!res.ok) throw new Error(`IMS ${res.status}: ${await res.text()}`)
  return (await res.json()).access_token
}
