// Legacy token helper: still used by jobs/nightly-export.js until ANL-212 lands.
const auth = require('@adobe/jwt-auth');
const fs = require('fs');

const config = {
  clientId: process.env.ADOBE_CLIENT_ID,
  clientSecret: process.env.ADOBE_CLIENT_SECRET,
  technicalAccountId: process.env.ADOBE_TECHNICAL_ACCOUNT_ID,
  orgId: process.env.ADOBE_ORG_ID,
  metaScopes: ['ent_analytics_bulk_ingest_sdk'],
  privateKey: process.env.ADOBE_PRIVATE_KEY || fs.readFileSync('keys/private.key', 'utf8'),
};

async function getToken() {
  const { access_token: token, expires_in: ttlMs } = await auth(config);
  return { token, expiresAt: Date.now() + ttlMs };
}

module.exports = { getToken };
