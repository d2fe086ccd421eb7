// Dashboard sessions for the ops UI -- our own tokens, unrelated to Adobe.
import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';
import { session } from './config';

export function issueSession(user: { id: string; email: string }): string {
  return jwt.sign({ sub: user.id, email: user.email }, session.secret, {
    algorithm: 'HS256',
    expiresIn: session.ttl,
    audience: 'aep-ingest-ops',
    issuer: 'aep-ingest-worker',
  });
}

export function requireSession(req: Request, res: Response, next: NextFunction) {
  const raw = req.headers.authorization?.replace(/^Bearer /, '');
  if (!raw) return res.status(401).end();
  try {
    (req as any).user = jwt.verify(raw, session.secret, { audience: 'aep-ingest-ops', algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}
