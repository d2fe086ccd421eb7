import 'server-only';

/**
 * Server-side Adobe IMS access token used for Target Recommendations and the
 * AEP Profile lookup. Credential: OAuth Server-to-Server "storefront-s2s".
 */
const IMS_TOKEN_URL = 'https://ims-na1.adobelogin.com/ims/token/v3';
const DEFAULT_SCOPES = 'openid,AdobeID,target_sdk,read_organizations,additional_info.projectedProductContext';

type ImsTokenResponse = {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
};

let cached: { token: string; expiresAt: number } | undefined;
let inflight: Promise<string> | undefined;

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export async function getServiceToken(): Promise<string> {
  if (cached && cached.expiresAt - 5 * 60_000 > Date.now()) return cached.token;
  inflight ??= fetchToken().finally(() => {
    inflight = undefined;
  });
  return inflight;
}

async function fetchToken(): Promise<string> {
  const res = await fetch(IMS_TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: requiredEnv('ADOBE_IMS_CLIENT_ID'),
      client_secret: requiredEnv('ADOBE_IMS_CLIENT_SECRET'),
      scope: process.env.ADOBE_IMS_SCOPES ?? DEFAULT_SCOPES,
    }),
    cache: 'no-store',
  });
  if (!res.ok) {
    throw new Error(`IMS token request failed: ${res.status} ${await res.text()}`);
  }
  const body = (await res.json()) as ImsTokenResponse;
  // expires_in is in seconds (~24h)
  cached = { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
  return body.access_token;
}

export function adobeHeaders(token: string): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    'x-api-key': requiredEnv('ADOBE_IMS_CLIENT_ID'),
    'x-gw-ims-org-id': requiredEnv('ADOBE_IMS_ORG_ID'),
  };
}
