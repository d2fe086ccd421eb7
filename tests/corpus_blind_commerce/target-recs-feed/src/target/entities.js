'use strict';

const config = require('config');
const { getAccessToken } = require('../ims');

const BASE = `https://mc.adobe.io/${config.get('adobe.target.tenant')}/target`;

async function headers() {
  return {
    Authorization: `Bearer ${await getAccessToken()}`,
    'X-Api-Key': process.env.ADOBE_CLIENT_ID || config.get('adobe.clientId'),
    'Content-Type': 'application/vnd.adobe.target.v1+json',
  };
}

/** Removes entities that disappeared from the catalog (Recommendations "Delete Entities"). */
async function deleteEntities(ids) {
  if (!ids.length) return;
  const qs = ids.map((id) => `ids=${encodeURIComponent(id)}`).join('&');
  const res = await fetch(`${BASE}/recs/entities?${qs}&environmentId=${config.get('adobe.target.environmentId')}`, {
    method: 'DELETE',
    headers: await headers(),
  });
  if (!res.ok) throw new Error(`Target deleteEntities failed: ${res.status} ${await res.text()}`);
}

async function listFeeds() {
  const res = await fetch(`${BASE}/recs/feeds`, { headers: await headers() });
  if (!res.ok) throw new Error(`Target listFeeds failed: ${res.status}`);
  return res.json();
}

module.exports = { deleteEntities, listFeeds };
