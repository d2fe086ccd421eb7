import adobeJwtAuth from '@adobe/jwt-auth';
import { adobe } from '../config';

type Cached = { token: string; expiresAt: number };
let cached: Cached | undefined;

/** Bearer token for Platform APIs, cached until shortly before expiry. */
export async function getAdobeToken(): Promise<string> {
  if (cached && Date.now() < cached.expiresAt - 60_000) {
    return cached.token;
  }
  const { access_token, expires_in } = await adobeJwtAuth(adobe);
  cached = { token: access_token, expiresAt: Date.now() + expires_in };
  return access_token;
}

export function resetAdobeToken(): void {
  cached = undefined;
}
