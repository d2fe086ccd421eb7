import { context, getToken } from '@adobe/aio-lib-ims';

import { S2SCredential, TokenProvider } from '../types';

export const DEFAULT_S2S_SCOPES = ['openid', 'AdobeID', 'read_organizations', 'additional_info.projectedProductContext', 'session'];

export class S2STokenProvider implements TokenProvider {
  private readonly ctxName: string;
  private registered = false;

  constructor(private readonly cred: S2SCredential) {
    this.ctxName = `nw-${cred.clientId.slice(0, 8)}`;
  }

  async getAccessToken(): Promise<string> {
    if (!this.registered) {
      await context.set(
        this.ctxName,
        {
          client_id: this.cred.clientId,
          client_secrets: [this.cred.clientSecret],
          technical_account_id: this.cred.technicalAccountId,
          technical_account_email: this.cred.technicalAccountEmail,
          ims_org_id: this.cred.orgId,
          scopes: this.cred.scopes.length ? this.cred.scopes : DEFAULT_S2S_SCOPES,
        },
        true,
      );
      this.registered = true;
    }
    // aio-lib-ims caches the token in the context and refreshes it when it expires
    return getToken(this.ctxName);
  }
}
