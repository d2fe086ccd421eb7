// Serves a cached copy of the IMS signing keys to the browser bundle (id_token checks).
const express = require('express');
const fetch = require('node-fetch');

const router = express.Router();
let cache = null;

router.get('/ims/exchange/jwk', async (_req, res) => {
  if (!cache) {
    cache = await (await fetch('https://ims-na1.adobelogin.com/ims/keys')).json();
  }
  res.json(cache);
});

module.exports = router;
