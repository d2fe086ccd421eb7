const { Core } = require('@adobe/aio-sdk');
const fetch = require('node-fetch');

async function main(params) {
  const logger = Core.Logger('publish', { level: params.LOG_LEVEL || 'info' });
  const authorization = params.__ow_headers && params.__ow_headers.authorization;
  if (!authorization) {
    return { statusCode: 401, body: { error: 'missing Authorization header' } };
  }
  const res = await fetch(`https://author-p84521-e713340.adobeaemcloud.com/api/assets/${params.path}`, {
    headers: { Authorization: authorization, 'x-gw-ims-org-id': params.__ow_headers['x-gw-ims-org-id'] },
  });
  logger.info(`AEM answered ${res.status}`);
  return { statusCode: res.status, body: await res.json() };
}

exports.main = main;
