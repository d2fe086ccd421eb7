const fs = require('fs');
const jwtAuth = require('@adobe/jwt-auth');
const config = require('./config');

let cached = null;

/**
 * Access token for the Stock API (licensing needs a technical account).
 */
async function getStockToken() {
  if (cached && cached.expiresAt > Date.now() + 60 * 1000) {
    return cached.token;
  }
  const c = config.credentials;
  const res = await jwtAuth({
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    technicalAccountId: c.technicalAccountId,
    orgId: c.orgId,
    privateKey: fs.readFileSync(c.privateKeyPath, 'utf8'),
    metaScopes: c.metaScopes,
    ims: config.ims.host,
  });
  // IMS answers with expires_in in ms here, so it can be added to Date.now() directly
  cached = { token: res.access_token, expiresAt: Date.now() + res.expires_in };
  return cached.token;
}

module.exports = { getStockToken };
