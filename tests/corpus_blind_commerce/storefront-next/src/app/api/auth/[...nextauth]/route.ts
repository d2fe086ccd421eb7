import NextAuth, { type NextAuthOptions } from 'next-auth';

/**
 * Staff preview mode: merchandisers sign in with their Adobe ID to see
 * unpublished campaigns and Target activities in QA mode.
 */
export const authOptions: NextAuthOptions = {
  providers: [
    {
      id: 'adobe',
      name: 'Adobe ID',
      type: 'oauth',
      authorization: {
        url: 'https://ims-na1.adobelogin.com/ims/authorize/v2',
        params: { scope: 'openid,AdobeID,email,profile', response_type: 'code' },
      },
      token: 'https://ims-na1.adobelogin.com/ims/token/v3',
      userinfo: 'https://ims-na1.adobelogin.com/ims/userinfo/v2',
      clientId: process.env.ADOBE_SIGNIN_CLIENT_ID,
      clientSecret: process.env.ADOBE_SIGNIN_CLIENT_SECRET,
      checks: ['pkce', 'state'],
      profile(profile) {
        return { id: profile.sub, name: profile.name, email: profile.email };
      },
    },
  ],
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  callbacks: {
    async signIn({ user }) {
      return Boolean(user.email?.endsWith('@acme-retail.com'));
    },
    async jwt({ token, account }) {
      if (account) token.previewer = true;
      return token;
    },
  },
};

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
