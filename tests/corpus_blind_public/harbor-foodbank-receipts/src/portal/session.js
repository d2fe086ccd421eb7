'use strict';

// Donor portal login sessions: our own HS256 tokens in an httpOnly cookie.
const jwt = require('jsonwebtoken');

const SECRET = process.env.PORTAL_SESSION_SECRET;
const AUDIENCE = 'harbor-donor-portal';

function issue(donor) {
  return jwt.sign({ sub: String(donor.id), email: donor.email }, SECRET, {
    algorithm: 'HS256',
    expiresIn: '2h',
    audience: AUDIENCE,
    issuer: 'https://give.harborfoodbank.org',
  });
}

function requireDonor(req, res, next) {
  try {
    req.donor = jwt.verify(req.cookies.hfb_session || '', SECRET, { audience: AUDIENCE, algorithms: ['HS256'] });
    return next();
  } catch (e) {
    return res.redirect('/login');
  }
}

module.exports = { issue, requireDonor };
