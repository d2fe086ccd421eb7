'use strict';

const config = require('config');
const fetch = require('node-fetch');
const { getAccessToken } = require('./imsToken');

const target = config.get('target');
const ims = config.get('ims');

async function adminRequest(path, init = {}) {
  const res = await fetch(`${target.adminApiBase}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${await getAccessToken()}`,
      'X-Api-Key': ims.clientId,
      'Content-Type': 'application/vnd.adobe.target.v3+json',
      ...(init.headers || {}),
    },
  });
  if (!res.ok) throw new Error(`Target Admin API ${path}: ${res.status}`);
  return res.json();
}

const listActivities = () => adminRequest(`/activities?workspace=${target.workspaceId}`);
const getOffer = (id) => adminRequest(`/offers/content/${id}`);

module.exports = { listActivities, getOffer };
