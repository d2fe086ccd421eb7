'use strict';

const express = require('express');
const { requireSession } = require('./auth/session');

const app = express();
app.get('/v1/rewards/inbox', requireSession, async (req, res) => {
  // customerId comes from the verified session token (sub claim)
  res.json({ customerId: req.session.sub, items: [] });
});
app.get('/healthz', (_req, res) => res.send('ok'));
app.listen(process.env.PORT || 8080);
