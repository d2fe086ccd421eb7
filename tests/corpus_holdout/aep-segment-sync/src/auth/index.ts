import { settings } from '../config';
import { fetchJwtToken } from './legacyJwt';
import { fetchS2SToken } from './s2s';
import type { TokenResult } from './types';

let cached: TokenResult | undefined;

export async function getAccessToken(): Promise<string> {
  if (cached && cached.expiresAt - 60_000 > Date.now()) return cached.accessToken;
  cached = settings.authMode === 's2s' ? await fetchS2SToken() : await fetchJwtToken();
  return cached.accessToken;
}
