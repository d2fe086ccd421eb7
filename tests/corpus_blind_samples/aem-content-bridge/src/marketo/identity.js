// Marketo REST identity token (Marketo's own client credentials, not Adobe IMS)
const fetch = require('node-fetch')

async function marketoToken () {
  const url = `https://${process.env.MARKETO_MUNCHKIN_ID}.mktorest.com/identity/oauth/token`
  const q = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: process.env.MARKETO_CLIENT_ID,
    client_secret: process.env.MARKETO_CLIENT_SECRET
  })
  const res = await fetch(`${url}?${q}`)
  return (await res.json()).access_token
}

module.exports = { marketoToken }
