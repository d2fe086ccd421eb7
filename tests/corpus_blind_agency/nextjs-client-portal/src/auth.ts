import type { NextAuthOptions } from 'next-auth';

const IMS = 'https://ims-na1.adobelogin.com';

/** Client users sign in with their Adobe ID (authorization code + PKCE). */
export const authOptions: NextAuthOptions = {
  providers: [
    {
      id: 'adobe',
      name: 'Adobe',
      type: 'oauth',
      clientId: process.env.ADOBE_LOGIN_CLIENT_ID,
      clientSecret: process.env.ADOBE_LOGIN_CLIENT_SECRET,
      authorization: {
        url: `${IMS}/ims/authorize/v2`,
        params: { scope: 'openid,AdobeID,email,profile', response_type: 'code' },
      },
      token: `${IMS}/ims/token/v3`,
      userinfo: `${IMS}/ims/userinfo/v2`,
      checks: ['pkce', 'state'],
      profile(p) {
        return { id: p.sub, name: p.name, email: p.email };
      },
    },
  ],
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  callbacks: {
    async jwt({ token, account }) {
      if (account) token.adobeAccessToken = account.access_token;
      return token;
    },
  },
};
