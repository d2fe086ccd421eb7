import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const ISSUER = 'https://creative.tidewater.example';
const AUDIENCE = 'tidewater-portal';
const privateKey = readFileSync(process.env.TW_SESSION_KEY_PATH ?? './secrets/session-signing.key');

export interface PortalSession {
  sub: string;
  name: string;
  adobeUserId?: string;
  roles: string[];
}

export function signSession(session: PortalSession): string {
  return jwt.sign(session, privateKey, { algorithm: 'RS256', issuer: ISSUER, audience: AUDIENCE, expiresIn: '8h' });
}

export function readSession(token: string): PortalSession {
  const publicKey = process.env.TW_SESSION_PUBLIC_KEY ?? privateKey;
  return jwt.verify(token, publicKey, { algorithms: ['RS256'], issuer: ISSUER, audience: AUDIENCE }) as PortalSession;
}
