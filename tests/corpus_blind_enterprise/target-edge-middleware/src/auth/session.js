'use strict';

const jwt = require('jsonwebtoken');
const OktaJwtVerifier = require('@okta/jwt-verifier');
const config = require('config');

const okta = new OktaJwtVerifier({
  issuer: config.get('login.okta.issuer'),
  clientId: process.env.OKTA_CLIENT_ID,
});

// Our own session cookie for the marketing console (not related to Adobe IMS)
function issueSession(res, user) {
  const token = jwt.sign({ sub: user.id, email: user.email, roles: user.roles }, process.env.SESSION_JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: '8h',
    issuer: 'target-edge',
  });
  res.cookie('te_session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
}

async function requireUser(req, res, next) {
  const bearer = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    if (bearer) {
      const { claims } = await okta.verifyAccessToken(bearer, config.get('login.okta.audience'));
      req.user = { id: claims.sub, email: claims.sub, roles: claims.groups || [] };
    } else {
      req.user = jwt.verify(req.cookies.te_session, process.env.SESSION_JWT_SECRET, { issuer: 'target-edge' });
    }
    return next();
  } catch (e) {
    return res.status(401).json({ error: 'unauthenticated' });
  }
}

module.exports = { issueSession, requireUser };
