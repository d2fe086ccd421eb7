import { NextResponse, type NextRequest } from 'next/server';
import { jwtVerify } from 'jose';

const PROTECTED = ['/account', '/checkout/review'];

export async function middleware(req: NextRequest) {
  if (!PROTECTED.some((p) => req.nextUrl.pathname.startsWith(p))) return NextResponse.next();
  const token = req.cookies.get('acme_session')?.value;
  if (token) {
    try {
      await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_JWT_SECRET), {
        audience: 'acme-storefront',
      });
      return NextResponse.next();
    } catch {
      /* fall through to login */
    }
  }
  const login = new URL('/login', req.url);
  login.searchParams.set('next', req.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/account/:path*', '/checkout/review'] };
