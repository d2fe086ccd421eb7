jest.mock('node-fetch')
jest.mock('@adobe/aio-sdk', () => ({
  Core: { Logger: () => ({ info: jest.fn(), error: jest.fn(), debug: jest.fn() }) }
}))

const fetch = require('node-fetch')
const action = require('../actions/generate/index.js')

const ok = body => Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(body) })

describe('generate', () => {
  beforeEach(() => fetch.mockReset())

  test('returns 400 without prompts', async () => {
    const res = await action.main({ __ow_headers: { authorization: 'Bearer x' } })
    expect(res.error.statusCode).toBe(400)
  })

  test('calls Firefly once per prompt', async () => {
    fetch
      .mockReturnValueOnce(ok({ access_token: 'tok', expires_in: 86399 }))
      .mockReturnValue(ok({ outputs: [{ image: { url: 'https://cdn.example/1.jpg' } }] }))
    const res = await action.main({
      __ow_headers: { authorization: 'Bearer x' },
      prompts: ['a red bicycle', 'a blue kettle'],
      FIREFLY_CLIENT_ID: 'id',
      FIREFLY_CLIENT_SECRET: 'secret',
      FIREFLY_SCOPES: 'openid'
    })
    expect(res.statusCode).toBe(200)
    expect(res.body.images).toHaveLength(2)
    expect(fetch.mock.calls[1][0]).toBe('https://firefly-api.adobe.io/v3/images/generate')
  })
})
