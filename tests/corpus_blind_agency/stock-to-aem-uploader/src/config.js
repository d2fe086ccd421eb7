require('dotenv').config();

module.exports = {
  stock: {
    apiBase: 'https://stock.adobe.io/Rest',
    product: 'agency-stock-uploader/1.4.0',
    licenseState: process.env.STOCK_LICENSE_STATE || 'Standard',
  },
  ims: {
    host: process.env.ADOBE_IMS_HOST || 'https://ims-na1.adobelogin.com',
    jwt: {
      endpoint: 'https://ims-na1.adobelogin.com/ims/exchange/v1/jwt',
      audPrefix: 'https://ims-na1.adobelogin.com/c/',
    },
  },
  credentials: {
    clientId: process.env.ADOBE_CLIENT_ID,
    clientSecret: process.env.ADOBE_CLIENT_SECRET,
    technicalAccountId: process.env.ADOBE_TECH_ACCOUNT_ID,
    orgId: process.env.ADOBE_ORG_ID,
    privateKeyPath: process.env.ADOBE_PRIVATE_KEY_PATH || './config/private.key',
    metaScopes: ['ent_stocksearch_sdk'],
  },
  aem: {
    host: process.env.AEM_HOST,
    serviceCredentialsFile: process.env.AEM_SERVICE_CREDENTIALS || './aem-service-credentials.json',
    targetFolder: process.env.AEM_TARGET_FOLDER || '/content/dam/stock',
  },
};
