'use strict'

const fs = require('fs')
const fetch = require('node-fetch')
const { context, getToken } = require('@adobe/aio-lib-ims')

const env = process.env.SMOKE_ENV || 'stage'

const contexts = {
  // prod: service account credential (PIPE-140)
  prod: {
    client_id: process.env.ADOBE_CLIENT_ID,
    client_secret: process.env.ADOBE_CLIENT_SECRET,
    technical_account_id: process.env.ADOBE_TECHNICAL_ACCOUNT_ID,
    ims_org_id: process.env.ADOBE_ORG_ID,
    meta_scopes: ['ent_ccas_sdk'],
    private_key: fs.readFileSync(process.env.ADOBE_PRIVATE_KEY_FILE || 'private.key', 'utf8')
  },
  stage: {
    client_id: process.env.ADOBE_CLIENT_ID,
    client_secrets: [process.env.ADOBE_CLIENT_SECRET],
    technical_account_id: process.env.ADOBE_TECHNICAL_ACCOUNT_ID,
    technical_account_email: process.env.ADOBE_TECHNICAL_ACCOUNT_EMAIL,
    ims_org_id: process.env.ADOBE_ORG_ID,
    scopes: ['openid', 'AdobeID', 'read_organizations', 'firefly_api', 'ff_apis']
  }
}

async function main () {
  const name = `smoke-${env}`
  await context.set(name, contexts[env], true)
  const token = await getToken(name)
  const res = await fetch('https://image.adobe.io/pie/psdService/status/00000000-0000-0000-0000-000000000000', {
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': process.env.ADOBE_CLIENT_ID }
  })
  console.log(`[${env}] token ok, Photoshop API answered ${res.status}`)
}

main().catch(err => {
  console.error(err)
  process.exit(1)
})
