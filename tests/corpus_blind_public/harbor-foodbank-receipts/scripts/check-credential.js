'use strict';

// Fails (exit 1) when Adobe IMS refuses our credential, e.g. after the certificate expired.
require('dotenv').config();
const fs = require('fs');
const auth = require('@adobe/jwt-auth');
const creds = require('../pdfservices-api-credentials.json');

const config = {
  clientId: creds.client_credentials.client_id,
  clientSecret: creds.client_credentials.client_secret,
  technicalAccountId: creds.service_account_credentials.account_id,
  orgId: creds.service_account_credentials.organization_id,
  metaScopes: ['ent_documentcloud_sdk'],
  privateKey: fs.readFileSync(process.env.ADOBE_PRIVATE_KEY_PATH || 'private.key', 'utf8'),
};

auth(config)
  .then((token) => {
    console.log(`Adobe credential ok (token type ${token.token_type})`);
  })
  .catch((err) => {
    console.error('Adobe credential check FAILED:', err.message);
    process.exit(1);
  });
