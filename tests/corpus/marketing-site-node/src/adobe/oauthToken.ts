// OAuth Server-to-Server token for Adobe APIs (replaces jwtToken.js, see ANL-212)
const IMS = process.env.ADOBE_IMS_HOST ?? 'https://ims-na1.adobelogin.com';
const TOKEN_PATH = '/ims/token/v3';

export interface ImsToken {
  token: string;
  expiresAt: number;
}

export async function getOAuthToken(): Promise<ImsToken> {
  const res = await fetch(`${IMS}${TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: process.env.ADOBE_CLIENT_ID!,
      client_secret: process.env.ADOBE_CLIENT_SECRET!,
      scope: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext',
    }),
  });
  if (!res.ok) throw new Error(`IMS token request failed: ${res.status}`);
  const body = (await res.json()) as { access_token: string; expires_in: number };
  return { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
}
