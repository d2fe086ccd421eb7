import { context, getToken } from '@adobe/aio-lib-ims';

import { S2STokenProvider } from '../src/providers/s2s';

jest.mock('@adobe/aio-lib-ims', () => ({
  context: { set: jest.fn().mockResolvedValue(undefined) },
  getToken: jest.fn().mockResolvedValue('fake-s2s-token'),
}));

test('registers the IMS context once', async () => {
  const provider = new S2STokenProvider({
    mode: 's2s',
    clientId: 'c0ffee00c0ffee00c0ffee00c0ffee00',
    clientSecret: 'p8e-FAKE-test-secret',
    orgId: 'FAKE1234567890ABCDEF1234@AdobeOrg',
    technicalAccountId: 'FAKE0987654321FEDCBA0987@techacct.adobe.com',
    technicalAccountEmail: 'fake-tech@techacct.adobe.com',
    scopes: [],
  });
  expect(await provider.getAccessToken()).toBe('fake-s2s-token');
  await provider.getAccessToken();
  expect(context.set).toHaveBeenCalledTimes(1);
  expect(getToken).toHaveBeenCalledTimes(2);
});
