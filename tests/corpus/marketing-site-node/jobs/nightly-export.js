// Nightly Analytics export (cron 02:30 UTC). Still on the JWT helper, see ANL-212.
require('dotenv').config();
const { getToken } = require('../src/adobe/jwtToken');

(async () => {
  const { token } = await getToken();
  const res = await fetch('https://analytics.adobe.io/api/acmeglobal/reports', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'x-api-key': process.env.ADOBE_CLIENT_ID,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ rsid: 'acme.global.prod', globalFilters: [{ type: 'dateRange', dateRange: 'P1D' }] }),
  });
  console.log('export status', res.status);
})();
