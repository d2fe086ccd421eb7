'use strict'

require('dotenv').config()
const fetch = require('node-fetch')
const { getAemAccessToken } = require('../lib/aem-token')

// Replicates the folder; Dynamic Media publishes the assets together with the activation.
async function main (damPath) {
  const token = await getAemAccessToken()
  const body = new URLSearchParams({ cmd: 'Activate', path: damPath })
  const res = await fetch(`${process.env.AEM_AUTHOR_URL}/bin/replicate.json`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body
  })
  console.log(`activate ${damPath}: ${res.status}`)
}

main(process.argv[2]).catch(err => {
  console.error(err)
  process.exit(1)
})
