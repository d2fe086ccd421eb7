'use strict';

const fs = require('fs');
const config = require('config');
const jwt = require('jsonwebtoken');

const s = config.get('session');
const publicKey = fs.readFileSync(s.publicKeyPath, 'utf8');

/** Express middleware: verifies the customer session JWT issued by the mobile gateway. */
function requireSession(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'missing_token' });
  try {
    req.session = jwt.verify(token, publicKey, {
      algorithms: s.algorithms,
      issuer: s.issuer,
      audience: s.audience,
    });
    return next();
  } catch (e) {
    return res.status(401).json({ error: 'invalid_token' });
  }
}

module.exports = { requireSession };
