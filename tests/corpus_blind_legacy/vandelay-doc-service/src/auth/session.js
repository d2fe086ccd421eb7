'use strict';

const jwt = require('jsonwebtoken');
const config = require('config');

const secret = process.env.SESSION_JWT_SECRET || config.get('session.jwtSecret');

function issue(user) {
  return jwt.sign({ sub: user.id, name: user.name, roles: user.roles }, secret, {
    algorithm: 'HS256',
    expiresIn: config.get('session.expiresIn'),
    issuer: 'vandelay-doc-service'
  });
}

function requireSession(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  try {
    req.user = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: 'vandelay-doc-service' });
    return next();
  } catch (e) {
    return res.status(401).json({ error: 'invalid session' });
  }
}

module.exports = { issue, requireSession };
