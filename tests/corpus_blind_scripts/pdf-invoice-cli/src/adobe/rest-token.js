'use strict';
// Direct REST token call, only used by `pdf-invoice status` to check the
// credential without going through the SDK.
const TOKEN_URL = 'https://pdf-services.adobe.io/token';

async function fetchToken() {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: process.env.PDF_SERVICES_CLIENT_ID,
      client_secret: process.env.PDF_SERVICES_CLIENT_SECRET,
    }),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status}`);
  const body = await res.json();
  return { token: body.access_token, expiresInSeconds: body.expires_in };
}

module.exports = { fetchToken };
