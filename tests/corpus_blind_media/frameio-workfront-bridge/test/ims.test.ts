import nock from 'nock';
import { beforeAll, describe, expect, it } from 'vitest';

beforeAll(() => {
  Object.assign(process.env, {
    ADOBE_CLIENT_ID: 'cid',
    ADOBE_CLIENT_SECRET: 'secret',
    ADOBE_ORG_ID: 'org@AdobeOrg',
    ADOBE_EVENTS_JOURNAL_URL: 'https://events-va6.adobe.io/journal',
    WORKFRONT_HOST: 'example.my.workfront.com',
    WORKFRONT_CLIENT_ID: 'x',
    WORKFRONT_CLIENT_SECRET: 'x',
    WORKFRONT_CUSTOMER_ID: 'x',
    WORKFRONT_USER_ID: 'x',
    FRAMEIO_TOKEN: 'x',
    FRAMEIO_WEBHOOK_SECRET: 'x',
  });
});

describe('getServiceToken', () => {
  it('requests a client-credentials token and caches it', async () => {
    const scope = nock('https://ims-na1.adobelogin.com')
      .post('/ims/token/v3', (body) => body.grant_type === 'client_credentials')
      .once()
      .reply(200, { access_token: 'abc', token_type: 'bearer', expires_in: 86399 });
    const { getServiceToken } = await import('../src/adobe/ims.js');
    expect(await getServiceToken()).toBe('abc');
    expect(await getServiceToken()).toBe('abc');
    scope.done();
  });
});
