import adobeJwtAuth from '@adobe/jwt-auth';

import { JwtCredential, TokenProvider } from '../types';

/**
 * @deprecated Adobe Service Account (JWT) credentials reached end of life. Use the s2s provider.
 */
export class JwtTokenProvider implements TokenProvider {
  private cached?: { token: string; expiresAt: number };

  constructor(private readonly cred: JwtCredential) {}

  async getAccessToken(): Promise<string> {
    if (this.cached && Date.now() < this.cached.expiresAt) {
      return this.cached.token;
    }
    const res = await adobeJwtAuth({
      clientId: this.cred.clientId,
      clientSecret: this.cred.clientSecret,
      technicalAccountId: this.cred.technicalAccountId,
      orgId: this.cred.orgId,
      privateKey: this.cred.privateKey,
      passphrase: this.cred.passphrase,
      metaScopes: this.cred.metaScopes,
    });
    // expires_in is milliseconds for the JWT exchange
    this.cached = { token: res.access_token, expiresAt: Date.now() + res.expires_in - 5 * 60_000 };
    return res.access_token;
  }
}
