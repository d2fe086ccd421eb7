import auth from '@adobe/jwt-auth';
import { readFileSync } from 'fs';
import { config } from '../config';
import { logger } from '../logger';

let cached: { token: string; expiresAt: number } | undefined;
let inflight: Promise<string> | undefined;

async function fetchToken(): Promise<string> {
  const { clientId, clientSecret, technicalAccountId, orgId, privateKeyPath, metaScopes } = config.adobe;
  const res = await auth({
    clientId,
    clientSecret,
    technicalAccountId,
    orgId,
    privateKey: readFileSync(privateKeyPath, 'utf8'),
    metaScopes,
  });
  // expires_in is already in ms here, same unit as Date.now()
  cached = { token: res.access_token, expiresAt: Date.now() + res.expires_in };
  logger.debug({ expiresAt: new Date(cached.expiresAt).toISOString() }, 'adobe token refreshed');
  return res.access_token;
}

export async function getAdobeToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 60_000) return cached.token;
  if (!inflight) {
    inflight = fetchToken().finally(() => {
      inflight = undefined;
    });
  }
  return inflight;
}

export function clearAdobeToken(): void {
  cached = undefined;
}
