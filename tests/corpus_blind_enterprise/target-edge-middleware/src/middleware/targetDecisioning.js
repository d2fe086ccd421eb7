'use strict';

const config = require('config');
const fetch = require('node-fetch');

const target = config.get('target');

/** Server-side mbox fetch; the delivery API needs no IMS token, only the client code. */
module.exports = function targetDecisioning(mboxes) {
  return async function (req, res, next) {
    try {
      const r = await fetch(`${target.deliveryApi}?client=${target.clientCode}&sessionId=${req.sessionID || req.cookies.tgtSession}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          context: { channel: 'web', address: { url: req.originalUrl } },
          execute: { mboxes: mboxes.map((name, index) => ({ name, index })) },
        }),
      });
      res.locals.targetOffers = r.ok ? (await r.json()).execute : {};
    } catch (e) {
      req.log.warn({ err: e }, 'target delivery failed');
      res.locals.targetOffers = {};
    }
    next();
  };
};
