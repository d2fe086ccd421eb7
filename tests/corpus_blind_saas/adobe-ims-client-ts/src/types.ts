export type AuthMode = 'jwt' | 's2s';

export interface BaseCredential {
  /** API key / client id from the Developer Console */
  clientId: string;
  clientSecret: string;
  orgId: string;
  technicalAccountId: string;
}

/** Service Account (JWT) credential - deprecated by Adobe, kept for connectors not yet migrated. */
export interface JwtCredential extends BaseCredential {
  mode: 'jwt';
  metaScopes: string[];
  privateKey: string;
  passphrase?: string;
}

/** OAuth Server-to-Server credential. */
export interface S2SCredential extends BaseCredential {
  mode: 's2s';
  technicalAccountEmail: string;
  scopes: string[];
}

export type AdobeCredential = JwtCredential | S2SCredential;

export interface TokenProvider {
  getAccessToken(): Promise<string>;
}
