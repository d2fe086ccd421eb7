// Session tokens for the marketing site's own editor login (not Adobe).
const jwt = require('jsonwebtoken');

const SESSION_SECRET = process.env.SESSION_SECRET;

function issueSession(user) {
  return jwt.sign({ sub: user.id, email: user.email, role: user.role }, SESSION_SECRET, {
    algorithm: 'HS256',
    expiresIn: '12h',
  });
}

function verifySession(token) {
  return jwt.verify(token, SESSION_SECRET, { algorithms: ['HS256'] });
}

module.exports = { issueSession, verifySession };
