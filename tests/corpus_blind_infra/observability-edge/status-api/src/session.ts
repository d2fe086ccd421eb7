import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';

// Session cookies for the status page admin UI. Our own RS256 tokens.
const privateKey = readFileSync(process.env.SESSION_KEY_PATH ?? 'keys/session-signing.pem', 'utf8');
const issuer = process.env.SESSION_ISSUER ?? 'https://status.example.com';

export function issueSession(userId: string, roles: string[]): string {
  return jwt.sign({ sub: userId, roles }, privateKey, {
    algorithm: 'RS256',
    audience: 'status-admin',
    issuer,
    expiresIn: '8h',
  });
}

export function verifySession(token: string) {
  return jwt.verify(token, privateKey, { algorithms: ['RS256'], audience: 'status-admin', issuer });
}
