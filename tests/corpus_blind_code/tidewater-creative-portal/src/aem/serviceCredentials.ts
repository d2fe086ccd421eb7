/**
 * Server-to-server calls into our AEM as a Cloud Service author tier.
 *
 * Uses the "Service Credentials" generated in the *AEM* Developer Console
 * (Integrations tab). Adobe excluded these from the Developer Console
 * Service Account (JWT) deprecation, so this flow stays as is.
 */
import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const AEM_DEFAULT_METASCOPE = 'ent_aem_cloud_api';

type AemServiceCredentials = { ok: boolean; integration: Record<string, any>; statusCode: number };

let cached: { token: string; exp: number } | undefined;

export async function getAemAccessToken(path = process.env.TW_AEM_SERVICE_CREDENTIALS ?? './secrets/aem-service-credentials.json'): Promise<string> {
  if (cached && cached.exp > Date.now() + 60_000) return cached.token;

  const { integration } = JSON.parse(readFileSync(path, 'utf8')) as AemServiceCredentials;
  const ims = `https://${integration.imsEndpoint}`;
  const { clientId, clientSecret } = integration.technicalAccount;

  const claims: Record<string, unknown> = {
    iss: integration.org,
    sub: integration.id,
    aud: `${ims}/c/${clientId}`,
    exp: Math.floor(Date.now() / 1000) + 300,
  };
  for (const ms of String(integration.metascopes ?? AEM_DEFAULT_METASCOPE).split(',')) {
    claims[`${ims}/s/${ms.trim()}`] = true;
  }
  const assertion = jwt.sign(claims, integration.privateKey, { algorithm: 'RS256' });

  const res = await fetch(`${ims}/ims/exchange/jwt`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, jwt_token: assertion }),
  });
  if (!res.ok) throw new Error(`AEM service token: ${res.status} ${await res.text()}`);
  const json = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: json.access_token, exp: Date.now() + json.expires_in };
  return cached.token;
}

export async function aemGet(pathAndQuery: string): Promise<unknown> {
  const res = await fetch(`${process.env.TW_AEM_AUTHOR}${pathAndQuery}`, {
    headers: { Authorization: `Bearer ${await getAemAccessToken()}` },
  });
  if (!res.ok) throw new Error(`AEM ${pathAndQuery}: ${res.status}`);
  return res.json();
}
