#!/usr/bin/env node
// (Re)creates the I/O Events registration for the Production workspace.
// Production still runs on the Service Account (JWT) credential - see README.
require('dotenv').config({ path: '.env.production' })
const fs = require('fs')
const { context, getToken } = require('@adobe/aio-lib-ims')
const Events = require('@adobe/aio-lib-events')

async function main () {
  await context.set('prod-jwt', {
    client_id: process.env.PROD_CLIENT_ID,
    client_secret: process.env.PROD_CLIENT_SECRET,
    technical_account_id: process.env.PROD_TECH_ACCOUNT_ID,
    ims_org_id: process.env.PROD_ORG_ID,
    meta_scopes: ['ent_adobeio_sdk', 'event_receiver_api'],
    private_key: fs.readFileSync(process.env.PROD_PRIVATE_KEY_PATH, 'utf8'),
    passphrase: process.env.PROD_PRIVATE_KEY_PASSPHRASE
  })
  const token = await getToken('prod-jwt')

  const events = await Events.init(process.env.PROD_ORG_ID, process.env.PROD_CLIENT_ID, token)
  const reg = await events.createRegistration(process.env.PROD_CONSUMER_ORG_ID, process.env.PROD_PROJECT_ID, process.env.PROD_WORKSPACE_ID, {
    name: 'AEM news published (prod)',
    description: 'AEM publish events for /content/eastmoor/news',
    client_id: process.env.PROD_CLIENT_ID,
    delivery_type: 'webhook',
    runtime_action: 'eastmoor-web-events/publish-news',
    events_of_interest: [{ provider_id: process.env.PROD_AEM_PROVIDER_ID, event_code: 'aem.sites.page.published' }]
  })
  console.log('registration', reg.registration_id)
}

main().catch(e => { console.error(e); process.exit(1) })
