const fetch = require('node-fetch')
const pRetry = require('p-retry')
const { getToken } = require('./token')
const config = require('./config')

async function syncEntities () {
  const csv = await (await fetch(config.feedUrl)).text()
  const rows = csv.trim().split('\n').slice(1).map((l) => l.split(','))
  for (const [id, name, price] of rows) {
    await pRetry(async () => {
      const res = await fetch(`${config.target.baseUrl}/entities/${id}`, {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${await getToken()}`,
          'x-api-key': config.ims.clientId,
          'Content-Type': 'application/json'
        },
        body: JSON.stringify({ id, name, value: Number(price) })
      })
      if (res.status >= 500) throw new Error(`target ${res.status}`)
    }, { retries: 3 })
  }
}

syncEntities().catch((e) => { console.error(e); process.exit(1) })
