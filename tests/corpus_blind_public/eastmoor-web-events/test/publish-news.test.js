jest.mock('@adobe/aio-lib-ims', () => ({
  context: { set: jest.fn() },
  getToken: jest.fn().mockResolvedValue('fake-token')
}))
jest.mock('node-fetch', () => jest.fn())
const fetch = require('node-fetch')
const { main } = require('../actions/publish-news/index.js')

test('skips non-news paths', async () => {
  const res = await main({ data: { path: '/content/eastmoor/about/history' } })
  expect(res.body.skipped).toBe(true)
  expect(fetch).not.toHaveBeenCalled()
})
