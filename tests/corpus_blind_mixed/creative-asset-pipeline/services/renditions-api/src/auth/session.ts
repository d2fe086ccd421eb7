// Brand-portal users authenticate against *our* API with short-lived session JWTs.
import jwt from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

const SECRET = process.env.SESSION_JWT_SECRET ?? '';
const ISSUER = 'https://renditions.acme-creative.internal';

export function issueSessionToken(userId: string, roles: string[]): string {
  return jwt.sign({ sub: userId, roles }, SECRET, { algorithm: 'HS256', issuer: ISSUER, audience: 'brand-portal', expiresIn: '8h' });
}

export function requireSession(req: Request, res: Response, next: NextFunction) {
  const header = req.header('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    res.locals.user = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: ISSUER, audience: 'brand-portal' });
    next();
  } catch {
    res.status(401).json({ error: 'invalid session token' });
  }
}
