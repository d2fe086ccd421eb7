const fetch = require('node-fetch')

// Microsoft Graph token via Entra ID client credentials
async function graphToken (params) {
  const res = await fetch(`https://login.microsoftonline.com/${params.TEAMS_TENANT_ID}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: params.TEAMS_CLIENT_ID,
      client_secret: params.TEAMS_CLIENT_SECRET,
      scope: 'https://graph.microsoft.com/.default'
    })
  })
  return (await res.json()).access_token
}

async function postToTeams (params, text) {
  await fetch(params.TEAMS_CHANNEL_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await graphToken(params)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ body: { content: text } })
  })
}

module.exports = { postToTeams }
