import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
import { request } from 'undici';
import { workfront } from '../config.js';

/**
 * Workfront OAuth2 "server authentication" (JWT flow): sign a JWT with the key pair registered
 * on the Workfront OAuth2 app and exchange it at the Workfront instance.
 */
export async function getWorkfrontToken(): Promise<string> {
  const privateKey = readFileSync(workfront.privateKeyPath, 'utf8');
  const assertion = jwt.sign(
    {
      iss: workfront.customerId,
      sub: workfront.userId,
      exp: Math.floor(Date.now() / 1000) + 60,
    },
    privateKey,
    { algorithm: 'RS256' },
  );
  const res = await request(`https://${workfront.host}/integrations/oauth2/api/v1/jwt/exchange`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: workfront.clientId,
      client_secret: workfront.clientSecret,
      jwt_token: assertion,
    }).toString(),
  });
  if (res.statusCode !== 200) {
    throw new Error(`Workfront token exchange failed: ${res.statusCode}`);
  }
  const body = (await res.body.json()) as { access_token: string };
  return body.access_token;
}
