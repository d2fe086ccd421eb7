#!/usr/bin/env node
// Pre-warms an IMS token for the integration tests (npm run warm-token).
'use strict'
const fs = require('fs')
const auth = require('@adobe/jwt-auth')

const config = {
  clientId: process.env.AIO_ims_contexts_AssetWorkersJWT_client__id,
  clientSecret: process.env.AIO_ims_contexts_AssetWorkersJWT_client__secret,
  technicalAccountId: process.env.AIO_ims_contexts_AssetWorkersJWT_technical__account__id,
  orgId: process.env.AIO_ims_contexts_AssetWorkersJWT_ims__org__id,
  metaScopes: ['ent_adobeio_sdk', 'asset_compute_meta'],
  privateKey: fs.readFileSync(process.env.AIO_PRIVATE_KEY_PATH || '.keys/private.key', 'utf8')
}

auth(config)
  .then(({ access_token: accessToken, expires_in: expiresIn }) => {
    const ttlSeconds = Math.floor(expiresIn / 1000)
    fs.writeFileSync('.token.json', JSON.stringify({ accessToken, ttlSeconds, at: Date.now() }))
    console.log(`token ok, valid for ${ttlSeconds}s`)
  })
  .catch((err) => {
    console.error('IMS auth failed:', err.message)
    process.exit(1)
  })
