// Separate credential for the Photoshop rendition worker (own project, own quota).
const IMS = process.env.ADOBE_IMS ?? 'https://ims-na1.adobelogin.com';
const PS_SCOPES = ['openid', 'AdobeID', 'read_organizations'];

let cache: { value: string; until: number } | null = null;

export async function photoshopWorkerToken(): Promise<string> {
  if (cache && Date.now() < cache.until) return cache.value;
  const res = await fetch(`${IMS}/ims/token/v3`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: process.env.PS_WORKER_CLIENT_ID ?? '',
      client_secret: process.env.PS_WORKER_CLIENT_SECRET ?? '',
      scope: PS_SCOPES.join(','),
    }),
  });
  if (!res.ok) throw new Error(`IMS ${res.status}`);
  const { access_token, expires_in } = (await res.json()) as { access_token: string; expires_in: number };
  cache = { value: access_token, until: Date.now() + (expires_in - 300) * 1000 };
  return access_token;
}
