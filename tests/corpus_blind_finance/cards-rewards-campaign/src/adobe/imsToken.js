'use strict';

const fs = require('fs');
const config = require('config');
const auth = require('@adobe/jwt-auth');
const log = require('../log');

let cached = null;

async function getAccessToken() {
  if (cached && cached.expiresAt > Date.now() + 60_000) {
    return cached.token;
  }
  const acs = config.get('acs');
  const jwtConfig = {
    clientId: acs.clientId,
    clientSecret: acs.clientSecret,
    technicalAccountId: acs.technicalAccountId,
    orgId: acs.orgId,
    metaScopes: acs.metaScopes,
    privateKey: fs.readFileSync(acs.privateKeyPath, 'utf8'),
    passphrase: acs.passphrase,
    ims: acs.imsHost,
  };
  const res = await auth(jwtConfig);
  cached = { token: res.access_token, expiresAt: Date.now() + Number(res.expires_in) };
  log.info({ expiresIn: res.expires_in }, 'ACS access token refreshed');
  return cached.token;
}

module.exports = { getAccessToken };
