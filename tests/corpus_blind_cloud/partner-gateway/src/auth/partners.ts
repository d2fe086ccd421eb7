// Partners authenticate with Auth0 M2M access tokens (client credentials).
import { auth, requiredScopes } from 'express-oauth2-jwt-bearer';

export const requirePartner = auth({
  issuerBaseURL: 'https://acme-partners.eu.auth0.com/',
  audience: 'https://partner-api.acme.io',
  tokenSigningAlg: 'RS256',
});

export const canReadProducts = requiredScopes('read:products');
