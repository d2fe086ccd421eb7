import { SignJWT, jwtVerify } from 'jose';

const secret = () => new TextEncoder().encode(process.env.PREVIEW_LINK_SECRET);

/** Signed, expiring share links for generated images (our own JWT, HS256). */
export async function createPreviewLink(assetId: string, ttlHours = 72) {
  const jwt = await new SignJWT({ assetId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer('client-portal')
    .setExpirationTime(`${ttlHours}h`)
    .sign(secret());
  return `${process.env.NEXTAUTH_URL}/preview/${jwt}`;
}

export async function readPreviewLink(token: string) {
  const { payload } = await jwtVerify(token, secret(), { issuer: 'client-portal' });
  return payload.assetId as string;
}
