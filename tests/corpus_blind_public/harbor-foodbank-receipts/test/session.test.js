'use strict';

process.env.PORTAL_SESSION_SECRET = 'test-secret';
const test = require('node:test');
const assert = require('node:assert');
const jwt = require('jsonwebtoken');
const { issue } = require('../src/portal/session');

test('session token carries the donor id and portal audience', () => {
  const token = issue({ id: 42, email: 'a@example.org' });
  const claims = jwt.verify(token, 'test-secret', { audience: 'harbor-donor-portal' });
  assert.strictEqual(claims.sub, '42');
});
