'use strict';

const fs = require('fs');
const config = require('config');
const adobeJwtAuth = require('@adobe/jwt-auth');

let cached = null;

/**
 * IMS token for the Target Admin / Recommendations APIs.
 * Cached for 23h; a fresh process is started every night anyway.
 */
async function getAccessToken() {
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const a = config.get('adobe');
  const { access_token: token } = await adobeJwtAuth({
    clientId: process.env.ADOBE_CLIENT_ID || a.clientId,
    clientSecret: process.env.ADOBE_CLIENT_SECRET,
    technicalAccountId: a.technicalAccountId,
    orgId: a.orgId,
    metaScopes: a.metaScopes,
    privateKey: process.env.TARGET_PRIVATE_KEY || fs.readFileSync(a.privateKeyPath, 'utf8'),
    ims: a.imsHost,
  });
  cached = { token, expiresAt: Date.now() + 23 * 60 * 60 * 1000 };
  return token;
}

module.exports = { getAccessToken };
