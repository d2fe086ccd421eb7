// Okta machine-to-machine token (client_credentials + private_key_jwt) for the HR sync.
const crypto = require('crypto');
const fs = require('fs');
const jwt = require('jsonwebtoken');
const fetch = require('node-fetch');

const ISSUER = 'https://acme.okta.com/oauth2/default';
const CLIENT_ID = '0oa9x8y7z6w5v4u3t2s1';

async function oktaToken() {
  const assertion = jwt.sign(
    { iss: CLIENT_ID, sub: CLIENT_ID, aud: `${ISSUER}/v1/token`, jti: crypto.randomUUID() },
    fs.readFileSync(process.env.OKTA_PRIVATE_KEY_PATH, 'utf8'),
    { algorithm: 'RS256', expiresIn: '5m' },
  );
  const res = await fetch(`${ISSUER}/v1/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope: 'okta.users.read okta.groups.read',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    }),
  });
  return (await res.json()).access_token;
}

module.exports = { oktaToken };
