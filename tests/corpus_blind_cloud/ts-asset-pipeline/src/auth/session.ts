import jwt from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';
import { env } from '../env.js';

export function issueSession(user: { sub: string; email: string }): string {
  return jwt.sign({ email: user.email }, env.SESSION_SECRET, {
    algorithm: 'HS256',
    subject: user.sub,
    issuer: 'asset-pipeline',
    audience: 'asset-pipeline-review',
    expiresIn: '8h',
  });
}

export function requireSession(req: Request, res: Response, next: NextFunction) {
  const raw = req.headers.cookie?.match(/session=([^;]+)/)?.[1];
  if (!raw) return res.redirect('/auth/login');
  try {
    res.locals.user = jwt.verify(raw, env.SESSION_SECRET, { audience: 'asset-pipeline-review', issuer: 'asset-pipeline' });
    return next();
  } catch {
    return res.redirect('/auth/login');
  }
}
