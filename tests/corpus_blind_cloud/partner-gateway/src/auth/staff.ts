import OktaJwtVerifier from '@okta/jwt-verifier';
import type { NextFunction, Request, Response } from 'express';

const verifier = new OktaJwtVerifier({
  issuer: 'https://acme.okta.com/oauth2/default',
  clientId: process.env.OKTA_CONSOLE_CLIENT_ID,
});

export async function requireStaff(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return res.sendStatus(401);
  try {
    const jwt = await verifier.verifyAccessToken(token, 'api://partner-console');
    res.locals.staff = jwt.claims;
    return next();
  } catch {
    return res.sendStatus(401);
  }
}
