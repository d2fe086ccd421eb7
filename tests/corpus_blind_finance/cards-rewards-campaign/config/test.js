'use strict';

module.exports = {
  acs: {
    clientId: 'test-client-id',
    clientSecret: 'test-client-secret',
    technicalAccountId: 'TEST@techacct.adobe.com',
    privateKeyPath: `${__dirname}/../test/fixtures/test-only-private.key`,
  },
  session: {
    publicKeyPath: `${__dirname}/../test/fixtures/session-test.pub`,
  },
};
