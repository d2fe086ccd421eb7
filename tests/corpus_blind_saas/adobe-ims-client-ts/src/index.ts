import { JwtTokenProvider } from './providers/jwt';
import { S2STokenProvider } from './providers/s2s';
import { AdobeCredential, TokenProvider } from './types';

export * from './types';
export { DEFAULT_S2S_SCOPES } from './providers/s2s';
export { verifyPartnerToken } from './verifyPartnerToken';

/**
 * Returns a token provider for the credential. The ADOBE_IMS_FORCE_MODE environment variable
 * overrides the credential's own mode during the rollout (values: jwt | s2s).
 */
export function createTokenProvider(cred: AdobeCredential): TokenProvider {
  const forced = process.env.ADOBE_IMS_FORCE_MODE;
  if (cred.mode === 's2s' && forced !== 'jwt') {
    return new S2STokenProvider(cred);
  }
  if (cred.mode === 'jwt') {
    return new JwtTokenProvider(cred);
  }
  throw new Error(`credential for ${cred.clientId} cannot run in mode ${forced}`);
}
