'use strict';

require('dotenv').config();
const path = require('path');
const express = require('express');
const cookieParser = require('cookie-parser');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const { issue, requireDonor } = require('./session');
const { lookupDonorByMagicLink } = require('./donors');

const app = express();
app.use(cookieParser());
app.use(express.urlencoded({ extended: false }));

app.get('/login/:token', async (req, res) => {
  const donor = await lookupDonorByMagicLink(req.params.token);
  if (!donor) return res.status(403).send('Link expired');
  res.cookie('hfb_session', issue(donor), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/receipts');
});

app.get('/receipts', requireDonor, (req, res) => {
  res.sendFile(path.join(__dirname, 'views', 'receipts.html'));
});

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  console.log('stripe event', event.type);
  res.sendStatus(200);
});

app.listen(process.env.PORT || 3000);
