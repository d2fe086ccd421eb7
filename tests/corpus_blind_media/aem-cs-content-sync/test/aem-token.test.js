'use strict'

const test = require('node:test')
const assert = require('node:assert')

test('dev token short-circuits the service credential', async () => {
  process.env.AEM_DEV_TOKEN = 'dev-token'
  const { getAemAccessToken } = require('../lib/aem-token')
  assert.strictEqual(await getAemAccessToken('does-not-exist.json'), 'dev-token')
  delete process.env.AEM_DEV_TOKEN
})
