// Legacy path: Service Account (JWT) credential.
// TODO(PLAT-2231): delete once prod has run on s2s for two weeks.
import { readFileSync } from 'fs';
import adobeJwtAuth from '@adobe/jwt-auth';
import { settings, IMS_BASE } from '../config';
import type { TokenResult } from './types';

export async function fetchJwtToken(): Promise<TokenResult> {
  const privateKey = readFileSync(settings.privateKeyPath!, 'utf8');
  const res = await adobeJwtAuth({
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    technicalAccountId: settings.technicalAccountId!,
    orgId: settings.orgId,
    metaScopes: [settings.metaScopes ?? 'ent_dataservices_sdk'],
    privateKey,
    ims: IMS_BASE,
  });
  return {
    accessToken: res.access_token,
    // jwt exchange answers in ms
    expiresAt: Date.now() + Number(res.expires_in),
  };
}
