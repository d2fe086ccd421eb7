// Pushes approved assets to the agency DAM. Auth0 machine-to-machine app -- not Adobe.
import got from 'got';

let token: { value: string; until: number } | undefined;

async function auth0Token(): Promise<string> {
  if (token && Date.now() < token.until) return token.value;
  const body = await got
    .post(`https://${process.env.AUTH0_DOMAIN}/oauth/token`, {
      json: {
        grant_type: 'client_credentials',
        client_id: process.env.AUTH0_CLIENT_ID,
        client_secret: process.env.AUTH0_CLIENT_SECRET,
        audience: process.env.AUTH0_AUDIENCE,
      },
    })
    .json<{ access_token: string; expires_in: number }>();
  token = { value: body.access_token, until: Date.now() + (body.expires_in - 60) * 1000 };
  return token.value;
}

export async function pushAsset(asset: { id: string; url: string; tags: string[] }) {
  return got.post('https://dam-sync.acme.example/v1/assets', {
    json: asset,
    headers: { authorization: `Bearer ${await auth0Token()}` },
  });
}
