// Editors sign in with their Adobe ID (OAuth Web App credential, authorization code + PKCE).
const crypto = require('crypto')
const fetch = require('node-fetch')

const IMS = 'https://ims-na1.adobelogin.com'
const CLIENT_ID = process.env.ADOBE_SIGNIN_CLIENT_ID
const CLIENT_SECRET = process.env.ADOBE_SIGNIN_CLIENT_SECRET
const REDIRECT_URI = process.env.ADOBE_SIGNIN_REDIRECT_URI

function startLogin (req, res) {
  const verifier = crypto.randomBytes(32).toString('base64url')
  req.session.pkceVerifier = verifier
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url')
  const q = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid,AdobeID,email,profile',
    code_challenge: challenge,
    code_challenge_method: 'S256'
  })
  res.redirect(`${IMS}/ims/authorize/v2?${q}`)
}

async function callback (req, res) {
  const tokenRes = await fetch(`${IMS}/ims/token/v3`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      code: req.query.code,
      code_verifier: req.session.pkceVerifier
    })
  })
  const tokens = await tokenRes.json()
  req.session.adobeUser = { accessToken: tokens.access_token, idToken: tokens.id_token }
  res.redirect('/')
}

module.exports = { startLogin, callback }
