#!/usr/bin/env node
// Debug helper from before the App Builder move: signs the assertion by hand and
// prints the IMS response. Only works with the legacy Service Account credential.
require('dotenv').config()
const fs = require('fs')
const jwt = require('jsonwebtoken')
const fetch = require('node-fetch')

const IMS = process.env.LUMEN_IMS_HOST || 'https://ims-na1.adobelogin.com'
const clientId = process.env.LUMEN_IMS_CLIENT_ID
const metascopes = ['event_receiver_api', 'ent_adobeio_sdk']

async function run () {
  const payload = {
    exp: Math.round(Date.now() / 1000) + 300,
    iss: process.env.LUMEN_IMS_ORG_ID,
    sub: process.env.LUMEN_IMS_TECH_ACCOUNT_ID,
    aud: `${IMS}/c/${clientId}`
  }
  metascopes.forEach(m => { payload[`${IMS}/s/${m}`] = true })

  const key = fs.readFileSync(process.env.LUMEN_IMS_PRIVATE_KEY_FILE || 'private.key')
  const token = jwt.sign(payload, key, { algorithm: 'RS256' })

  const form = new URLSearchParams()
  form.append('client_id', clientId)
  form.append('client_secret', process.env.LUMEN_IMS_CLIENT_SECRET)
  form.append('jwt_token', token)

  const res = await fetch(`${IMS}/ims/exchange/jwt/`, { method: 'POST', body: form })
  const body = await res.json()
  if (!res.ok) throw new Error(JSON.stringify(body))
  console.log(body.access_token)
  console.error(`expires ${new Date(Date.now() + body.expires_in).toISOString()}`)
}

run().catch(e => { console.error(e); process.exit(1) })
