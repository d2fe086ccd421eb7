import { env } from '../env.js';

let cached: { token: string; expiresAt: number } | undefined;

export async function fireflyToken(): Promise<string> {
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const res = await fetch('https://ims-na1.adobelogin.com/ims/token/v3', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: env.FIREFLY_CLIENT_ID,
      client_secret: env.FIREFLY_CLIENT_SECRET,
      scope: env.FIREFLY_SCOPES,
    }),
  });
  if (!res.ok) throw new Error(`IMS ${res.status}`);
  const { access_token, expires_in } = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: access_token, expiresAt: Date.now() + (expires_in - 60) * 1000 };
  return access_token;
}
