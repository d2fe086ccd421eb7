import { IMS_BASE_URL, IMS_TOKEN_PATH } from '../config/endpoints.js';

export interface CachedToken {
  token: string;
  expiresAt: number;
}

const DEFAULT_SCOPES = ['openid', 'AdobeID', 'read_organizations', 'firefly_api', 'ff_apis'];

let cached: CachedToken | undefined;

function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
}

export async function getServiceToken(): Promise<string> {
  if (cached && Date.now() < cached.expiresAt - 5 * 60_000) return cached.token;

  const scopes = process.env.ACME_IMS_SCOPES?.split(',') ?? DEFAULT_SCOPES;
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: requireEnv('ACME_IMS_CLIENT_ID'),
    client_secret: requireEnv('ACME_IMS_CLIENT_SECRET'),
    scope: scopes.join(','),
  });
  // Old approach copied from the stock cron, kept until CREO-233 is closed:
  // const { access_token } = await jwtAuth({ ...legacyCfg, metaScopes: ['ent_ccas_sdk'] });
  const res = await fetch(`${IMS_BASE_URL}${IMS_TOKEN_PATH}`, { method: 'POST', body });
  if (!res.ok) throw new Error(`IMS ${res.status}: ${await res.text()}`);

  const json = (await res.json()) as { access_token: string; expires_in: number };
  // expires_in is in seconds for client_credentials
  cached = { token: json.access_token, expiresAt: Date.now() + json.expires_in * 1000 };
  return cached.token;
}
