import express from 'express';
import pino from 'pino';
import { request } from 'undici';
import { adobeHeaders } from './adobe/imsToken.js';
import { requireSession } from './auth/session.js';
import { config } from './config.js';

const log = pino();
const app = express();
app.use(express.json({ limit: '2mb' }));

app.post('/v1/events', async (req, res) => {
  const url = `https://dcs.adobedc.net/collection/batch/${config.adobe.connectionId}`;
  const upstream = await request(url, {
    method: 'POST',
    headers: { ...(await adobeHeaders()), 'content-type': 'application/json' },
    body: JSON.stringify({ messages: req.body.events }),
  });
  res.status(upstream.statusCode).send(await upstream.body.text());
});

app.get('/admin/health', requireSession, (_req, res) => res.json({ ok: true }));

app.listen(config.port, () => log.info({ port: config.port }, 'listening'));
