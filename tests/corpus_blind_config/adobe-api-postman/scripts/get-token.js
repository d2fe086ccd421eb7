#!/usr/bin/env node
// Prints an access token using the values of a Postman environment file.
const fs = require('fs')
const auth = require('@adobe/jwt-auth')

const envFile = process.argv[2]
const vars = Object.fromEntries(
  JSON.parse(fs.readFileSync(envFile, 'utf8')).values.map(v => [v.key, v.value])
)

auth({
  clientId: vars.API_KEY,
  clientSecret: process.env.ADOBE_CLIENT_SECRET || vars.CLIENT_SECRET,
  technicalAccountId: vars.TECHNICAL_ACCOUNT_ID,
  orgId: vars.IMS_ORG,
  privateKey: process.env.ADOBE_PRIVATE_KEY || vars.PRIVATE_KEY,
  metaScopes: JSON.parse(vars.META_SCOPE)
})
  .then(res => console.log(res.access_token))
  .catch(err => { console.error(err.message); process.exit(1) })
