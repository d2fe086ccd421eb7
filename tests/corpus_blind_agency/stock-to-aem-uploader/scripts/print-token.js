#!/usr/bin/env node
// Debug helper: prints a Stock access token without @adobe/jwt-auth
// (jwt-auth kept failing on Marta's Windows box, 2023-10).
const fs = require('fs');
const crypto = require('crypto');
const fetch = require('node-fetch');
const config = require('../src/config');

const b64url = (x) => Buffer.from(x).toString('base64url');

(async () => {
  const c = config.credentials;
  const header = { alg: 'RS256', typ: 'JWT' };
  const claims = {
    exp: Math.round(Date.now() / 1000) + 300,
    iss: c.orgId,
    sub: c.technicalAccountId,
    aud: config.ims.jwt.audPrefix + c.clientId,
  };
  for (const ms of c.metaScopes) claims[`${config.ims.host}/s/${ms}`] = true;
  const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const sig = crypto.sign('RSA-SHA256', Buffer.from(unsigned), fs.readFileSync(c.privateKeyPath));
  const body = new URLSearchParams({
    client_id: c.clientId,
    client_secret: c.clientSecret,
    jwt_token: `${unsigned}.${b64url(sig)}`,
  });
  const res = await fetch(config.ims.jwt.endpoint, { method: 'POST', body });
  const json = await res.json();
  if (!json.access_token) {
    console.error(json);
    process.exit(1);
  }
  console.log(json.access_token);
  console.error(`valid for ${Math.round(json.expires_in / 1000 / 60)} minutes`);
})();
