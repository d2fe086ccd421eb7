// Smoke test: get a token for the Production workspace and call the I/O Management API.
const { context, getToken } = require('@adobe/aio-lib-ims');
const fs = require('fs');

async function main() {
  await context.set('smoke', {
    client_id: process.env.AIO_CLIENT_ID,
    client_secret: process.env.AIO_CLIENT_SECRET,
    technical_account_id: process.env.AIO_TECHNICAL_ACCOUNT_ID,
    ims_org_id: process.env.AIO_IMS_ORG_ID,
    meta_scopes: ['ent_adobeio_sdk'],
    private_key: fs.readFileSync(process.env.AIO_PRIVATE_KEY_PATH, 'utf8'),
  });
  const token = await getToken('smoke');
  console.log(`token ok (${token.length} chars)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
