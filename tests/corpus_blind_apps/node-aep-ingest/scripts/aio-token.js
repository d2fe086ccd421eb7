#!/usr/bin/env node
// Prints an IMS token for the `aep-ingest` context (ops runbook: "query a batch by hand").
const fs = require('fs')
const { context, getToken } = require('@adobe/aio-lib-ims')
require('@adobe/aio-lib-ims-jwt') // keep the plugin in the pkg'd ops binary

async function main () {
  await context.set('aep-ingest', {
    client_id: process.env.ADOBE_CLIENT_ID,
    client_secret: process.env.ADOBE_CLIENT_SECRET,
    technical_account_id: process.env.ADOBE_TECHNICAL_ACCOUNT_ID,
    ims_org_id: process.env.ADOBE_ORG_ID,
    meta_scopes: ['ent_dataservices_sdk'],
    private_key: fs.readFileSync(process.env.ADOBE_PRIVATE_KEY_FILE || 'keys/private.key', 'utf8')
  }, true)
  process.stdout.write(await getToken('aep-ingest') + '\n')
}

main().catch((e) => { console.error(e.message); process.exit(1) })
