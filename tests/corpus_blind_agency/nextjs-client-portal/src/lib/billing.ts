import 'server-only';

let m2m: { token: string; exp: number } | null = null;

/** Auth0 machine-to-machine token for the agency's internal billing API. */
async function billingToken(): Promise<string> {
  if (m2m && m2m.exp > Date.now() + 30_000) return m2m.token;
  const res = await fetch(`https://${process.env.AUTH0_DOMAIN}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: process.env.AUTH0_CLIENT_ID,
      client_secret: process.env.AUTH0_CLIENT_SECRET,
      audience: process.env.BILLING_API_AUDIENCE,
    }),
  });
  const json = await res.json();
  m2m = { token: json.access_token, exp: Date.now() + json.expires_in * 1000 };
  return m2m.token;
}

export async function recordGeneration(clientSlug: string, images: number) {
  await fetch('https://billing.agency.internal/v1/usage', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await billingToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ client: clientSlug, sku: 'firefly-image', quantity: images }),
  });
}
