'use strict';

const nock = require('nock');

describe('imsToken', () => {
  afterEach(() => nock.cleanAll());

  it('exchanges the signed JWT and caches the token', async () => {
    const scope = nock('https://ims-na1.adobelogin.com')
      .post('/ims/exchange/jwt/')
      .once()
      .reply(200, require('./fixtures/ims-exchange-response.json'));

    const { getAccessToken } = require('../src/adobe/imsToken');
    expect(await getAccessToken()).toBe('eyJ-fake-access-token');
    expect(await getAccessToken()).toBe('eyJ-fake-access-token');
    scope.done();
  });
});
