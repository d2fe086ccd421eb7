import { SignJWT, jwtVerify } from 'jose';
import type { NextFunction, Request, Response } from 'express';
import { config } from '../config.js';

const ISSUER = 'https://aep-streaming.acme.io';
const AUDIENCE = 'aep-streaming-admin';

export async function issueSession(user: { id: string; email: string; role: 'viewer' | 'admin' }) {
  return new SignJWT({ email: user.email, role: user.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('8h')
    .sign(config.session.secret);
}

export async function requireSession(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies?.session ?? req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return res.status(401).json({ error: 'login required' });
  try {
    const { payload } = await jwtVerify(token, config.session.secret, { issuer: ISSUER, audience: AUDIENCE });
    res.locals.user = payload;
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid session' });
  }
}
