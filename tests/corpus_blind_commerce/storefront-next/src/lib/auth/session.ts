import { SignJWT, jwtVerify, type JWTPayload } from 'jose';
import { cookies } from 'next/headers';

const SESSION_COOKIE = 'acme_session';
const ISSUER = 'https://www.acme-retail.com';
const AUDIENCE = 'acme-storefront';

export interface CustomerSession extends JWTPayload {
  cid: string; // Adobe Commerce customer id
  cart: string; // masked cart id
  grp: number; // customer group
}

function secret(): Uint8Array {
  const s = process.env.SESSION_JWT_SECRET;
  if (!s || s.length < 32) throw new Error('SESSION_JWT_SECRET must be at least 32 characters');
  return new TextEncoder().encode(s);
}

export async function issueSession(data: Omit<CustomerSession, keyof JWTPayload>): Promise<string> {
  return new SignJWT({ ...data })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(secret());
}

export async function readSession(): Promise<CustomerSession | null> {
  const token = cookies().get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify<CustomerSession>(token, secret(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    return payload;
  } catch {
    return null;
  }
}
