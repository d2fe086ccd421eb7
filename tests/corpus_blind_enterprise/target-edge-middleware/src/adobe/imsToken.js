'use strict';

const fs = require('fs');
const config = require('config');
const fetch = require('node-fetch');
const { URLSearchParams } = require('url');
const log = require('../log');

const ims = config.get('ims');
let cache = { token: null, expiresAt: 0 };

async function viaClientCredentials() {
  const res = await fetch(`${ims.host}/ims/token/v3`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: ims.clientId,
      client_secret: process.env.ADOBE_CLIENT_SECRET,
      scope: ims.scopes.join(','),
    }),
  });
  if (!res.ok) {
    throw new Error(`IMS token request failed: ${res.status} ${await res.text()}`);
  }
  const body = await res.json();
  return { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
}

// TODO(TGT-2291): delete once config/production.json is switched to "oauth"
async function viaServiceAccount() {
  const jwtAuth = require('@adobe/jwt-auth');
  const body = await jwtAuth({
    clientId: ims.clientId,
    clientSecret: process.env.ADOBE_CLIENT_SECRET,
    technicalAccountId: ims.technicalAccountId,
    orgId: ims.orgId,
    metaScopes: ims.metaScopes,
    privateKey: fs.readFileSync(process.env.ADOBE_PRIVATE_KEY_PATH || ims.privateKeyPath, 'utf8'),
    ims: ims.host,
  });
  return { token: body.access_token, expiresAt: Date.now() + body.expires_in };
}

async function getAccessToken() {
  if (cache.token && cache.expiresAt - Date.now() > 60000) {
    return cache.token;
  }
  cache = ims.mode === 'jwt' ? await viaServiceAccount() : await viaClientCredentials();
  log.info({ mode: ims.mode, expiresAt: new Date(cache.expiresAt).toISOString() }, 'adobe ims token refreshed');
  return cache.token;
}

module.exports = { getAccessToken };
