'use strict';

// "Sign in with Adobe" for marketers using the console UI (user login, PKCE).
const crypto = require('crypto');
const express = require('express');
const config = require('config');
const fetch = require('node-fetch');
const { URLSearchParams } = require('url');
const { issueSession } = require('./session');

const IMS = config.get('ims.host');
const { clientId, redirectUri } = config.get('login.adobe');
const router = express.Router();

router.get('/login/adobe', (req, res) => {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const state = crypto.randomBytes(16).toString('hex');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  res.cookie('adobe_pkce', JSON.stringify({ verifier, state }), { httpOnly: true, secure: true, maxAge: 600000 });
  const url = new URL(`${IMS}/ims/authorize/v2`);
  url.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid,AdobeID,email,profile',
    redirect_uri: redirectUri,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();
  res.redirect(url.toString());
});

router.get('/login/adobe/callback', async (req, res) => {
  const { verifier, state } = JSON.parse(req.cookies.adobe_pkce || '{}');
  if (!state || state !== req.query.state) return res.status(400).send('state mismatch');
  const tokenRes = await fetch(`${IMS}/ims/token/v3`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code: req.query.code,
      code_verifier: verifier,
      redirect_uri: redirectUri,
    }),
  });
  if (!tokenRes.ok) return res.status(502).send('Adobe sign-in failed');
  const tokens = await tokenRes.json();
  const profile = await (await fetch(`${IMS}/ims/userinfo/v2`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).json();
  issueSession(res, { id: profile.sub, email: profile.email, roles: ['marketer'] });
  res.redirect('/');
});

module.exports = router;
