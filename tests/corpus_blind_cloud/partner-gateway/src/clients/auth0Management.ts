// Auth0 Management API token (client credentials) to onboard partner apps.
type TokenResponse = { access_token: string; expires_in: number; token_type: string };

let cached: { token: string; exp: number } | undefined;

export async function auth0ManagementToken(): Promise<string> {
  if (cached && cached.exp > Date.now()) return cached.token;
  const res = await fetch('https://acme-partners.eu.auth0.com/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: process.env.AUTH0_MGMT_CLIENT_ID,
      client_secret: process.env.AUTH0_MGMT_CLIENT_SECRET,
      audience: 'https://acme-partners.eu.auth0.com/api/v2/',
    }),
  });
  const body = (await res.json()) as TokenResponse;
  cached = { token: body.access_token, exp: Date.now() + (body.expires_in - 60) * 1000 };
  return body.access_token;
}
