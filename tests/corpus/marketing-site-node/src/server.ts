import express from 'express';
import { getOAuthToken } from './adobe/oauthToken.js';

const app = express();

app.get('/api/report-suites', async (_req, res) => {
  const { token } = await getOAuthToken();
  const r = await fetch('https://analytics.adobe.io/api/acmeglobal/reportsuites/collections/suites', {
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': process.env.ADOBE_CLIENT_ID! },
  });
  res.status(r.status).json(await r.json());
});

app.listen(Number(process.env.PORT ?? 3000));
