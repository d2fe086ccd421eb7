// Sign in with Adobe (user OAuth, authorization code grant) for the Express editor.
const express = require('express');
const fetch = require('node-fetch');
const ims = require('../config/ims.json');

const router = express.Router();

router.get('/auth/adobe', (req, res) => {
  const url = new URL(ims.imsHost + ims.authorizePath);
  url.search = new URLSearchParams({
    client_id: ims.clientId,
    redirect_uri: ims.redirectUri,
    scope: ims.scope,
    response_type: 'code',
    state: req.session.id,
  });
  res.redirect(url.toString());
});

router.get('/auth/adobe/callback', async (req, res) => {
  const r = await fetch('https://ims-na1.adobelogin.com/ims/token/v3', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: req.query.code,
      client_id: ims.clientId,
      client_secret: process.env.ADOBE_CLIENT_SECRET,
      redirect_uri: ims.redirectUri,
    }),
  });
  const tokens = await r.json();
  req.session.adobe = { access: tokens.access_token, refresh: tokens.refresh_token };
  res.redirect('/editor');
});

module.exports = router;
