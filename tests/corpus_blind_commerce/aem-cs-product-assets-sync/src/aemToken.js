'use strict';

const fs = require('fs');
const jwt = require('jsonwebtoken');

/**
 * Access token for AEM as a Cloud Service from the "service credentials" created in the
 * AEM Developer Console (technical account cm-p48213-e311907-integration-1).
 */
async function getAemAccessToken(credentialsFile) {
  const { integration } = JSON.parse(fs.readFileSync(credentialsFile, 'utf8'));
  const ims = `https://${integration.imsEndpoint}`;

  const payload = {
    iss: integration.org,
    sub: integration.id,
    aud: `${ims}/c/${integration.technicalAccount.clientId}`,
    exp: Math.floor(Date.now() / 1000) + 60 * 60,
  };
  for (const metascope of integration.metascopes.split(',')) {
    payload[`${ims}/s/${metascope.trim()}`] = true;
  }
  const signed = jwt.sign(payload, integration.privateKey, { algorithm: 'RS256' });

  const res = await fetch(`${ims}/ims/exchange/jwt`, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: integration.technicalAccount.clientId,
      client_secret: integration.technicalAccount.clientSecret,
      jwt_token: signed,
    }),
  });
  if (!res.ok) throw new Error(`AEM service credential exchange failed: ${res.status}`);
  const { access_token: accessToken } = await res.json();
  return accessToken;
}

module.exports = { getAemAccessToken };
