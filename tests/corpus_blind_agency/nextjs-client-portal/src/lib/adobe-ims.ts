import 'server-only';

const IMS = process.env.ADOBE_IMS_HOST ?? 'https://ims-na1.adobelogin.com';

type TokenResponse = { access_token: string; token_type: string; expires_in: number };

let cache: { token: string; expiresAt: number } | null = null;

/** Server-to-server token for Firefly Services. Never expose to the browser. */
export async function getServiceToken(): Promise<string> {
  if (cache && cache.expiresAt - 60_000 > Date.now()) return cache.token;

  const res = await fetch(`${IMS}/ims/token/v3`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: process.env.ADOBE_S2S_CLIENT_ID!,
      client_secret: process.env.ADOBE_S2S_CLIENT_SECRET!,
      scope: process.env.ADOBE_S2S_SCOPES ?? 'openid,AdobeID,read_organizations,firefly_api,ff_apis',
    }),
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`IMS ${res.status}: ${await res.text()}`);
  const json = (await res.json()) as TokenResponse;
  cache = { token: json.access_token, expiresAt: Date.now() + json.expires_in * 1000 };
  return cache.token;
}
