'use strict';

const jwt = require('jsonwebtoken');

/**
 * The embedded "Recs preview" admin app runs inside Shopify admin; App Bridge sends a
 * session token (HS256, signed with the app's API secret) on every request.
 */
function verifySessionToken(authorizationHeader) {
  const token = (authorizationHeader || '').replace(/^Bearer /, '');
  const payload = jwt.verify(token, process.env.SHOPIFY_API_SECRET, {
    algorithms: ['HS256'],
    audience: process.env.SHOPIFY_API_KEY,
    clockTolerance: 5,
  });
  if (!/^https:\/\/[a-z0-9-]+\.myshopify\.com$/.test(payload.dest)) {
    throw new Error('unexpected shop');
  }
  return { shop: new URL(payload.dest).hostname, userId: payload.sub };
}

module.exports = { verifySessionToken };
