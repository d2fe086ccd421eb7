// Internal dashboard. Staff sign in with their Adobe ID (OAuth Web App
// credential, authorization-code flow); we then issue our own session cookie.
const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const path = require('path');
const express = require('express');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');

const IMS = 'https://ims-na1.adobelogin.com';
const AUTHORIZE_URL = `${IMS}/ims/authorize/v2`;
const TOKEN_URL = `${IMS}/ims/token/v3`;
const USERINFO_URL = `${IMS}/ims/userinfo/v2`;
const { ADOBE_OAUTH_CLIENT_ID, ADOBE_OAUTH_CLIENT_SECRET, ADOBE_OAUTH_REDIRECT_URI, SESSION_JWT_SECRET } = process.env;

const app = express();
app.use(cookieParser());

app.get('/login', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  res.cookie('oauth_state', state, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 600000 });
  const q = new URLSearchParams({
    client_id: ADOBE_OAUTH_CLIENT_ID,
    redirect_uri: ADOBE_OAUTH_REDIRECT_URI,
    scope: 'openid,AdobeID,email,profile,read_organizations',
    response_type: 'code',
    state,
  });
  res.redirect(`${AUTHORIZE_URL}?${q}`);
});

app.get('/callback', async (req, res) => {
  if (!req.query.state || req.query.state !== req.cookies.oauth_state) return res.status(400).send('bad state');
  const tokenRes = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: ADOBE_OAUTH_CLIENT_ID,
      client_secret: ADOBE_OAUTH_CLIENT_SECRET,
      code: req.query.code,
    }),
  });
  if (!tokenRes.ok) return res.status(502).send('sign-in failed');
  const { access_token: accessToken } = await tokenRes.json();
  const me = await (await fetch(USERINFO_URL, { headers: { Authorization: `Bearer ${accessToken}` } })).json();
  if (!String(me.email || '').endsWith('@example.com')) return res.status(403).send('staff only');

  const session = jwt.sign({ sub: me.sub, email: me.email, name: me.name }, SESSION_JWT_SECRET, { algorithm: 'HS256', expiresIn: '8h' });
  res.cookie('mops_session', session, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/');
});

function requireSession(req, res, next) {
  try {
    req.user = jwt.verify(req.cookies.mops_session, SESSION_JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch (e) {
    res.redirect('/login');
  }
}

app.get('/', requireSession, (req, res) => {
  res.sendFile(path.join(__dirname, 'public', 'index.html'));
});

https.createServer({
  key: fs.readFileSync(path.join(__dirname, '..', 'dev-certs', 'localhost.key')),
  cert: fs.readFileSync(path.join(__dirname, '..', 'dev-certs', 'localhost.crt')),
}, app).listen(8443, () => console.log('https://localhost:8443'));
