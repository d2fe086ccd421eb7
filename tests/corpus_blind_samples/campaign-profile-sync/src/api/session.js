'use strict'
// Login sessions for the small admin UI (our own JWTs, nothing to do with Adobe).
const jwt = require('jsonwebtoken')

const SECRET = process.env.SESSION_JWT_SECRET
const ISSUER = process.env.SESSION_JWT_ISSUER || 'campaign-sync-ui'

function issueSession (user) {
  return jwt.sign({ sub: user.id, role: user.role, aud: 'campaign-sync-admin' }, SECRET, {
    algorithm: 'HS256',
    issuer: ISSUER,
    expiresIn: '8h'
  })
}

function verifySession (token) {
  return jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: ISSUER, audience: 'campaign-sync-admin' })
}

module.exports = { issueSession, verifySession }
