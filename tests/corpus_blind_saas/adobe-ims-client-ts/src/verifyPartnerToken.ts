import jwt, { JwtPayload } from 'jsonwebtoken';

/**
 * Partner portals call Northwind connectors with a short-lived HS256 token that we issue to them.
 * This has nothing to do with Adobe IMS.
 */
export function verifyPartnerToken(token: string, sharedSecret: string): JwtPayload {
  const payload = jwt.verify(token, sharedSecret, {
    algorithms: ['HS256'],
    issuer: 'https://connect.northwind.io',
    audience: 'northwind-connectors',
  });
  if (typeof payload === 'string') {
    throw new Error('unexpected token payload');
  }
  return payload;
}
