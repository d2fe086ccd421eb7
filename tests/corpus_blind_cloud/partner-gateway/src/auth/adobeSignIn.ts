// Agency creatives sign in with Adobe ID (OAuth Web App, authorization code + PKCE).
import { createHash, randomBytes } from 'node:crypto';

const IMS = 'https://ims-na1.adobelogin.com';
const CLIENT_ID = process.env.ADOBE_WEBAPP_CLIENT_ID!;
const REDIRECT_URI = process.env.ADOBE_WEBAPP_REDIRECT_URI!;

export function startLogin() {
  const verifier = randomBytes(48).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const url = new URL(`${IMS}/ims/authorize/v2`);
  url.searchParams.set('client_id', CLIENT_ID);
  url.searchParams.set('redirect_uri', REDIRECT_URI);
  url.searchParams.set('scope', 'openid,AdobeID,email,profile');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return { url: url.toString(), verifier };
}

export async function finishLogin(code: string, verifier: string) {
  const res = await fetch(`${IMS}/ims/token/v3`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
    }),
  });
  if (!res.ok) throw new Error(`Adobe sign-in failed (${res.status})`);
  return (await res.json()) as { access_token: string; id_token: string; expires_in: number };
}

export async function refresh(refreshToken: string) {
  const res = await fetch(`${IMS}/ims/token/v3`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: refreshToken }),
  });
  return (await res.json()) as { access_token: string; expires_in: number };
}
