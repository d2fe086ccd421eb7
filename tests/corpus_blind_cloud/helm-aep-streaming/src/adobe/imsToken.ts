import { request } from 'undici';
import { config } from '../config.js';

type TokenResponse = { access_token: string; token_type: string; expires_in: number };

let cached: { token: string; expiresAt: number } | undefined;
let inflight: Promise<string> | undefined;

async function fetchToken(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: config.adobe.clientId,
    client_secret: config.adobe.clientSecret,
    scope: config.adobe.scopes.join(','),
  });
  const res = await request(`${config.adobe.imsHost}/ims/token/v3`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  if (res.statusCode >= 400) {
    throw new Error(`IMS token request failed: ${res.statusCode} ${await res.body.text()}`);
  }
  const json = (await res.body.json()) as TokenResponse;
  // seconds
  cached = { token: json.access_token, expiresAt: Date.now() + (json.expires_in - 120) * 1000 };
  return json.access_token;
}

export async function getImsToken(): Promise<string> {
  if (cached && Date.now() < cached.expiresAt) return cached.token;
  inflight ??= fetchToken().finally(() => {
    inflight = undefined;
  });
  return inflight;
}

export async function adobeHeaders(): Promise<Record<string, string>> {
  return {
    authorization: `Bearer ${await getImsToken()}`,
    'x-api-key': config.adobe.clientId,
    'x-gw-ims-org-id': config.adobe.orgId,
    'x-sandbox-name': config.adobe.sandbox,
  };
}
