// Review UI sign-in: Adobe ID (OAuth Web App credential, authorization code + PKCE).
import { createHash, randomBytes } from 'node:crypto';
import { env } from '../env.js';

const IMS = 'https://ims-na1.adobelogin.com';

export function newPkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export function authorizeUrl(state: string, challenge: string): string {
  const u = new URL(`${IMS}/ims/authorize/v2`);
  u.search = new URLSearchParams({
    client_id: env.ADOBE_SIGNIN_CLIENT_ID,
    redirect_uri: env.ADOBE_SIGNIN_REDIRECT_URI,
    response_type: 'code',
    scope: 'openid,AdobeID,email,profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return u.toString();
}

export async function redeemCode(code: string, verifier: string) {
  const res = await fetch(`${IMS}/ims/token/v3`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: env.ADOBE_SIGNIN_CLIENT_ID,
      code,
      code_verifier: verifier,
    }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return (await res.json()) as { access_token: string; id_token: string; refresh_token?: string };
}

export async function userProfile(accessToken: string) {
  const res = await fetch(`${IMS}/ims/userinfo/v2`, { headers: { Authorization: `Bearer ${accessToken}` } });
  return (await res.json()) as { sub: string; email: string; name: string };
}
