// Console session tokens issued by the gateway itself.
import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';

const privateKey = readFileSync(process.env.SESSION_SIGNING_KEY_PATH ?? 'keys/session-signing.key');
const publicKey = readFileSync(process.env.SESSION_VERIFY_KEY_PATH ?? 'keys/session-signing.pub');

export function issueSession(sub: string, idp: 'okta' | 'adobe', roles: string[]) {
  return jwt.sign({ idp, roles }, privateKey, {
    algorithm: 'RS256',
    subject: sub,
    issuer: 'https://partner-gateway.acme.io',
    audience: 'partner-console',
    expiresIn: '30m',
    keyid: 'session-2025-01',
  });
}

export function verifySession(token: string) {
  return jwt.verify(token, publicKey, {
    algorithms: ['RS256'],
    issuer: 'https://partner-gateway.acme.io',
    audience: 'partner-console',
  });
}
