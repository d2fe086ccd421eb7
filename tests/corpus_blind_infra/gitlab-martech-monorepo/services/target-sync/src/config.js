const fs = require('fs')
const path = require('path')

module.exports = {
  ims: {
    clientId: process.env.TARGET_CLIENT_ID,
    clientSecret: process.env.TARGET_CLIENT_SECRET,
    technicalAccountId: process.env.TARGET_TECH_ACCOUNT_ID,
    orgId: process.env.TARGET_ORG_ID || 'D4E5F60718293A4B5C6D7E8F@AdobeOrg',
    metaScopes: 'https://ims-na1.adobelogin.com/s/ent_marketing_sdk',
    privateKey: fs.readFileSync(process.env.TARGET_PRIVATE_KEY || path.join(__dirname, '..', 'private.key'))
  },
  target: {
    tenant: 'examplecorp',
    baseUrl: 'https://mc.adobe.io/examplecorp/target'
  },
  feedUrl: 'https://feeds.example.com/products/target.csv'
}
