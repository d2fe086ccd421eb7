'use strict';

const fs = require('fs');
const config = require('config');
const auth = require('@adobe/jwt-auth');

let cached = null;

/**
 * Access token for the PDF Services REST calls (see src/pdf/htmlToPdf.js).
 */
async function getAccessToken() {
  if (cached && cached.expiresAt > Date.now() + 60 * 1000) {
    return cached.token;
  }
  const adobe = config.get('adobe');
  const result = await auth({
    clientId: adobe.clientId,
    clientSecret: process.env.ADOBE_CLIENT_SECRET || adobe.clientSecret,
    technicalAccountId: adobe.technicalAccountId,
    orgId: adobe.orgId,
    metaScopes: adobe.metaScopes,
    privateKey: fs.readFileSync(adobe.privateKeyPath, 'utf8'),
    ims: adobe.ims
  });
  // expires_in is in milliseconds
  cached = { token: result.access_token, expiresAt: Date.now() + result.expires_in };
  return cached.token;
}

module.exports = { getAccessToken };
