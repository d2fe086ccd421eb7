'use strict'

const fetch = require('node-fetch')
const pLimit = require('p-limit')
const log = require('pino')()
const { getAccessToken } = require('./ims')
const cfg = require('./config')

async function main () {
  const token = await getAccessToken()
  const headers = {
    Authorization: `Bearer ${token}`,
    'x-api-key': process.env.ACME_ADOBE_CLIENT_ID,
    'x-product': cfg.stock.product
  }
  const res = await fetch(`${cfg.stock.apiBase}/Member/LicenseHistory?locale=en_US&search_parameters[limit]=100`, { headers })
  if (!res.ok) throw new Error(`Stock API ${res.status}`)
  const { files = [] } = await res.json()
  const limit = pLimit(4)
  await Promise.all(files.map(f => limit(() => log.info({ id: f.id }, 'licensed asset'))))
}

main().catch(err => { log.error(err); process.exit(1) })
