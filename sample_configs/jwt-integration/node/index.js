// Adobe IMS access token with @adobe/jwt-auth (Service Account / JWT credential)
const fs = require('fs');
const auth = require('@adobe/jwt-auth');

const cred = JSON.parse(fs.readFileSync(`${__dirname}/../console-jwt-credential.json`, 'utf8'));

auth({
  clientId: cred.API_KEY,
  clientSecret: cred.CLIENT_SECRET,
  technicalAccountId: cred.TECHNICAL_ACCOUNT_ID,
  orgId: cred.ORG_ID,
  metaScopes: ['ent_analytics_bulk_ingest_sdk'],
  privateKey: fs.readFileSync(`${__dirname}/../private.key`, 'utf8'),
})
  .then(({ access_token: token, expires_in: ttlMs }) => console.log(`token ok, ${token.length} chars, ${ttlMs} ms`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
