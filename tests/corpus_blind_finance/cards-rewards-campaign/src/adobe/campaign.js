'use strict';

const fetch = require('node-fetch');
const config = require('config');
const { getAccessToken } = require('./imsToken');

async function sendEvent(eventName, email, ctx) {
  const acs = config.get('acs');
  const token = await getAccessToken();
  const res = await fetch(`https://mc.adobe.io/${acs.tenant}/campaign/mc/${eventName}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'X-Api-Key': acs.clientId,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ email, ctx }),
  });
  if (!res.ok) {
    throw new Error(`ACS ${eventName} failed: ${res.status} ${await res.text()}`);
  }
  return res.json();
}

module.exports = { sendEvent };
