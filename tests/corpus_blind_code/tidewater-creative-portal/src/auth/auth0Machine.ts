// Machine-to-machine token for the Tidewater ordering API (Auth0).
let cache: { token: string; exp: number } | undefined;

export async function orderingApiToken(): Promise<string> {
  if (cache && cache.exp > Date.now() + 30_000) return cache.token;
  const res = await fetch(`https://${process.env.TW_AUTH0_DOMAIN}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: process.env.TW_AUTH0_CLIENT_ID,
      client_secret: process.env.TW_AUTH0_CLIENT_SECRET,
      audience: 'https://ordering.tidewater.example/api',
    }),
  });
  if (!res.ok) throw new Error(`auth0 token: ${res.status}`);
  const json = (await res.json()) as { access_token: string; expires_in: number };
  cache = { token: json.access_token, exp: Date.now() + json.expires_in * 1000 };
  return cache.token;
}
