// Quick IMS token for the Document Generation API test harness.
// NOTE(dana): copied the scope from the old credential page, works in stage?
require('dotenv').config()

async function imsToken () {
  const res = await fetch('https://ims-na1.adobelogin.com/ims/token/v3', {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: process.env.PDF_SERVICES_CLIENT_ID,
      client_secret: process.env.PDF_SERVICES_CLIENT_SECRET,
      scope: 'https://ims-na1.adobelogin.com/s/ent_documentcloud_sdk'
    })
  })
  if (!res.ok) throw new Error(`IMS ${res.status}: ${await res.text()}`)
  return (await res.json()).access_token
}

imsToken().then(t => console.log(t))
