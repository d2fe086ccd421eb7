// Stage smoke test. The Stage workspace still only has its Service Account (JWT)
// credential (MOPS-351 adds the OAuth one), so this builds a JWT context.
const fs = require('fs')
const { context, getToken } = require('@adobe/aio-lib-ims')

async function main () {
  await context.set('mops-stage', {
    client_id: process.env.STAGE_CLIENT_ID,
    client_secret: process.env.STAGE_CLIENT_SECRET,
    technical_account_id: process.env.STAGE_TECHNICAL_ACCOUNT_ID,
    ims_org_id: process.env.STAGE_ORG_ID,
    meta_scopes: ['ent_analytics_bulk_ingest_sdk'],
    private_key: fs.readFileSync(process.env.STAGE_PRIVATE_KEY_PATH, 'utf8')
  }, true)
  const token = await getToken('mops-stage')
  const url = `https://${process.env.STAGE_NAMESPACE}.adobeioruntime.net/api/v1/web/mops-appbuilder/channel-report`
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } })
  console.log(res.status, (await res.text()).slice(0, 200))
  if (!res.ok) process.exit(1)
}

main().catch((e) => { console.error(e); process.exit(1) })
