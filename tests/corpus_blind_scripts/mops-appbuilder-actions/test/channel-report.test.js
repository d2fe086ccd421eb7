jest.mock('@adobe/aio-lib-ims', () => ({
  context: { set: jest.fn() },
  getToken: jest.fn().mockResolvedValue('fake-token')
}))
jest.mock('node-fetch')
const fetch = require('node-fetch')
const { main } = require('../actions/channel-report/index.js')

test('maps report rows', async () => {
  fetch.mockResolvedValue({ ok: true, json: async () => ({ rows: [{ value: 'Email', data: [10, 2] }] }) })
  const res = await main({ ADOBE_SCOPES: 'scope-a,scope-b', ANALYTICS_COMPANY_ID: 'x', ANALYTICS_RSID: 'y' })
  expect(res.body).toEqual([{ channel: 'Email', visits: 10, orders: 2 }])
})
