// Returns a cached Adobe IMS access token for the credential named in the event.
// Only OAuth Server-to-Server documents are supported; service_account documents
// are rejected so callers notice they still depend on the legacy credential.
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';

const sm = new SecretsManagerClient({});
const cache = new Map();

async function loadDoc(name) {
  const out = await sm.send(new GetSecretValueCommand({ SecretId: `platform/adobe/${name}` }));
  return JSON.parse(out.SecretString);
}

async function fetchToken(doc) {
  const res = await fetch(doc.token_url ?? 'https://ims-na1.adobelogin.com/ims/token/v3', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: doc.client_id,
      client_secret: doc.client_secret,
      scope: doc.scopes,
    }),
  });
  if (!res.ok) throw new Error(`IMS ${res.status}: ${await res.text()}`);
  const { access_token, expires_in } = await res.json();
  return { token: access_token, expiresAt: Date.now() + (expires_in - 300) * 1000 };
}

export const handler = async (event) => {
  const name = event.credential;
  const hit = cache.get(name);
  if (hit && hit.expiresAt > Date.now()) return { access_token: hit.token };

  const doc = await loadDoc(name);
  if (doc.type !== 'oauth_server_to_server') {
    throw new Error(`credential ${name} is ${doc.type}; migrate it to OAuth Server-to-Server`);
  }
  const fresh = await fetchToken(doc);
  cache.set(name, fresh);
  return { access_token: fresh.token };
};
