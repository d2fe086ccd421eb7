#!/usr/bin/env node
// Used by the nightly Newman job: prints an access token for the given Postman environment file.
const fs = require('fs');
const auth = require('@adobe/jwt-auth');

const envFile = process.argv[2];
const vars = Object.fromEntries(
  JSON.parse(fs.readFileSync(envFile, 'utf8')).values.map((v) => [v.key, v.value])
);

auth({
  clientId: vars.API_KEY,
  clientSecret: vars.CLIENT_SECRET,
  technicalAccountId: vars.TECHNICAL_ACCOUNT_ID,
  orgId: vars.IMS_ORG,
  metaScopes: JSON.parse(vars.META_SCOPE),
  privateKey: vars.PRIVATE_KEY,
})
  .then((t) => process.stdout.write(t.access_token))
  .catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
