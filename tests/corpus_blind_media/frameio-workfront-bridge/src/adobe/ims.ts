import { request } from 'undici';
import { adobe } from '../config.js';

const IMS_TOKEN_ENDPOINT = 'https://ims-na1.adobelogin.com/ims/token/v3';

let cached: { token: string; expiresAt: number } | undefined;

/** Access token for the I/O Events journal (OAuth Server-to-Server). */
export async function getServiceToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) {
    return cached.token;
  }
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: adobe.clientId,
    client_secret: adobe.clientSecret,
    scope: adobe.scopes.join(','),
  });
  const res = await request(IMS_TOKEN_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  if (res.statusCode !== 200) {
    throw new Error(`IMS token request failed with ${res.statusCode}: ${await res.body.text()}`);
  }
  const body = (await res.body.json()) as { access_token: string; expires_in: number };
  cached = { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
  return cached.token;
}
