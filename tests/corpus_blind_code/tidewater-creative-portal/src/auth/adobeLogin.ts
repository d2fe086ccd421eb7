/**
 * "Sign in with Adobe" for designers (user OAuth, authorization code flow).
 * Tokens are used to list the user's Creative Cloud Libraries.
 */
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { signSession } from './session.js';

const IMS = 'https://ims-na1.adobelogin.com';
const CLIENT_ID = process.env.TW_ADOBE_CLIENT_ID ?? '';
const CLIENT_SECRET = process.env.TW_ADOBE_CLIENT_SECRET ?? '';
const REDIRECT_URI = `${process.env.TW_PUBLIC_URL}/auth/adobe/callback`;
const USER_SCOPES = 'openid,AdobeID,creative_sdk,profile,email';

export function startAdobeLogin(req: Request, res: Response) {
  const state = randomBytes(16).toString('hex');
  res.cookie('tw_oauth_state', state, { httpOnly: true, sameSite: 'lax', secure: true });
  const url = new URL(`${IMS}/ims/authorize/v2`);
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope: USER_SCOPES,
    response_type: 'code',
    state,
  }).toString();
  res.redirect(url.toString());
}

export async function adobeCallback(req: Request, res: Response) {
  if (!req.query.state || req.query.state !== req.cookies.tw_oauth_state) {
    return res.status(400).send('state mismatch');
  }
  const tokenRes = await fetch(`${IMS}/ims/token/v3`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      code: String(req.query.code),
    }),
  });
  if (!tokenRes.ok) return res.status(502).send('Adobe login failed');
  const tokens = (await tokenRes.json()) as { access_token: string; refresh_token: string; expires_in: number };

  const profile = await fetch(`${IMS}/ims/userinfo/v2`, {
    headers: { Authorization: `Bearer ${tokens.access_token}` },
  }).then((r) => r.json() as Promise<{ sub: string; name: string; email: string }>);

  res.cookie('tw_session', signSession({ sub: profile.email, name: profile.name, adobeUserId: profile.sub, roles: ['designer'] }), {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
  });
  res.redirect('/');
}
