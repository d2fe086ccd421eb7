// Portal login: we issue our own RS256 access tokens after password check.
const fs = require('fs')
const path = require('path')
const jwt = require('jsonwebtoken')
const bcrypt = require('bcryptjs')

const PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY_FILE || path.join(__dirname, '../../keys/jwt-signing.key'))
const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_FILE || path.join(__dirname, '../../keys/jwt-signing.pub'))
const ISSUER = 'https://helpdesk.examplecorp.com'

async function login (users, email, password) {
  const user = await users.findByEmail(email)
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return null
  return jwt.sign(
    { sub: String(user.id), email: user.email, roles: user.roles },
    PRIVATE_KEY,
    { algorithm: 'RS256', expiresIn: '8h', issuer: ISSUER, audience: 'helpdesk-web' }
  )
}

function requireAuth (req, res, next) {
  const raw = (req.headers.authorization || '').replace(/^Bearer /, '')
  try {
    req.user = jwt.verify(raw, PUBLIC_KEY, { algorithms: ['RS256'], issuer: ISSUER, audience: 'helpdesk-web' })
    next()
  } catch (e) {
    res.status(401).json({ error: 'invalid token' })
  }
}

module.exports = { login, requireAuth }
