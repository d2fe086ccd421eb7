import adobeJwtAuth from '@adobe/jwt-auth';
import { readFileSync } from 'node:fs';
import { env } from '../env.js';

// Photoshop API still runs on the Service Account (JWT) credential - PIPE-311
// tracks moving it to the OAuth credential that Firefly already uses.
let cached: { token: string; expiresAt: number } | undefined;

export async function photoshopToken(): Promise<string> {
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const res = await adobeJwtAuth({
    clientId: env.ADOBE_CLIENT_ID,
    clientSecret: env.ADOBE_CLIENT_SECRET,
    technicalAccountId: env.ADOBE_TECH_ACCOUNT_ID,
    orgId: env.ADOBE_ORG_ID,
    metaScopes: env.ADOBE_META_SCOPES.split(','),
    privateKey: readFileSync(env.ADOBE_PRIVATE_KEY_PATH, 'utf8'),
  });
  cached = { token: res.access_token, expiresAt: Date.now() + 60 * 60 * 1000 };
  return res.access_token;
}
