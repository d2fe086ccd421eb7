#!/usr/bin/env node
// Used by the stage e2e job until the Stage workspace credential is migrated (ENG-5521).
const { context, getToken } = require('@adobe/aio-lib-ims')

async function run () {
  await context.set('acme-stage-jwt', {
    client_id: process.env.CLIENTID,
    client_secret: process.env.CLIENTSECRET,
    technical_account_id: process.env.TECHNICALACCOUNTID,
    ims_org_id: process.env.IMSORGID,
    meta_scopes: ['ent_adobeio_sdk', 'ent_dataservices_sdk'],
    private_key: process.env.KEY
  }, true)
  process.stdout.write(await getToken('acme-stage-jwt'))
}

run().catch(e => {
  console.error(e.message)
  process.exit(1)
})
