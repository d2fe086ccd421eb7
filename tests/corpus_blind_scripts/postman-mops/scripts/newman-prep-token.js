#!/usr/bin/env node
/*
 * Mints the Adobe access token once before a newman run so CI does not depend on
 * the jsrsasign download inside the collection's pre-request script.
 * Usage: node scripts/newman-prep-token.js <postman_environment.json>
 */
'use strict';

const fs = require('fs');
const path = require('path');
const auth = require('@adobe/jwt-auth');

const envFile = process.argv[2] ||
  path.join(__dirname, '..', 'environments', 'mops-prod-jwt.postman_environment.json');

function main() {
  const env = JSON.parse(fs.readFileSync(envFile, 'utf8'));
  const get = (k) => (env.values.find((v) => v.key === k) || {}).value;

  const config = {
    clientId: process.env.ADOBE_API_KEY || get('API_KEY'),
    clientSecret: process.env.ADOBE_CLIENT_SECRET,
    technicalAccountId: get('TECHNICAL_ACCOUNT_ID'),
    orgId: get('IMS_ORG'),
    metaScopes: (process.env.ADOBE_METASCOPES || get('META_SCOPE')).split(','),
    privateKey: process.env.ADOBE_PRIVATE_KEY || get('PRIVATE_KEY'),
  };

  return auth(config).then(({ access_token: accessToken }) => {
    const setVar = (key, value) => {
      const v = env.values.find((x) => x.key === key);
      if (v) v.value = value;
      else env.values.push({ key, value, type: 'secret', enabled: true });
    };
    setVar('ACCESS_TOKEN', accessToken);
    setVar('CLIENT_SECRET', config.clientSecret);
    fs.writeFileSync(envFile, JSON.stringify(env, null, '\t'));
    console.log(`ACCESS_TOKEN written to ${path.basename(envFile)}`);
  });
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
