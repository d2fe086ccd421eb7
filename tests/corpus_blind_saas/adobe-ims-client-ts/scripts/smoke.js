#!/usr/bin/env node
// Usage: node scripts/smoke.js jwt|s2s  (reads ADOBE_* variables from the environment)
const { createTokenProvider } = require('../dist');

const mode = process.argv[2];
const e = process.env;
const base = {
  clientId: e.ADOBE_CLIENT_ID,
  clientSecret: e.ADOBE_CLIENT_SECRET,
  orgId: e.ADOBE_ORG_ID,
  technicalAccountId: e.ADOBE_TECHNICAL_ACCOUNT_ID,
};
const cred = mode === 'jwt'
  ? { ...base, mode, metaScopes: e.ADOBE_METASCOPES.split(','), privateKey: e.ADOBE_PRIVATE_KEY }
  : { ...base, mode, technicalAccountEmail: e.ADOBE_TECHNICAL_ACCOUNT_EMAIL, scopes: e.ADOBE_SCOPES.split(',') };

createTokenProvider(cred)
  .getAccessToken()
  .then((t) => console.log(`${mode}: got token (${t.length} chars)`))
  .catch((err) => {
    console.error(`${mode}: ${err.message}`);
    process.exit(1);
  });
