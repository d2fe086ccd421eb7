import express from 'express';
import cookieParser from 'cookie-parser';
import { adobeCallback, startAdobeLogin } from './auth/adobeLogin.js';
import { readSession } from './auth/session.js';
import { aemGet } from './aem/serviceCredentials.js';
import { orderingApiToken } from './auth/auth0Machine.js';

const app = express();
app.use(cookieParser());

app.get('/auth/adobe', startAdobeLogin);
app.get('/auth/adobe/callback', adobeCallback);

app.get('/api/brand-assets', async (req, res) => {
  try {
    readSession(req.cookies.tw_session ?? '');
  } catch {
    return res.status(401).end();
  }
  res.json(await aemGet('/api/assets/tidewater/brand.json'));
});

app.post('/api/print-order', async (_req, res) => {
  const token = await orderingApiToken();
  const r = await fetch('https://ordering.tidewater.example/api/orders', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  res.status(r.status).end();
});

app.listen(Number(process.env.PORT ?? 3000));
