'use strict';

const rp = require('request-promise-native');
const config = require('config');
const { getAccessToken } = require('../adobe/ims');

const CREATE_PDF = 'https://cpf-ue1.adobe.io/ops/:create?respondWith=%7B%22reltype%22%3A%20%22http%3A%2F%2Fns.adobe.com%2Frel%2Fprimary%22%7D';

async function htmlToPdf(zipBuffer) {
  const token = await getAccessToken();
  return rp.post({
    url: CREATE_PDF,
    headers: {
      Authorization: `Bearer ${token}`,
      'x-api-key': config.get('adobe.clientId'),
      Prefer: 'respond-async,wait=60'
    },
    formData: {
      contentAnalyzerRequests: JSON.stringify({
        'cpf:engine': { 'repo:assetId': 'urn:aaid:cpf:Service-1538ece812254acaac2a07799503a430' },
        'cpf:inputs': { documentIn: { 'cpf:location': 'InputFile0', 'dc:format': 'application/zip' } },
        'cpf:outputs': { documentOut: { 'cpf:location': 'multipartLabelOut', 'dc:format': 'application/pdf' } }
      }),
      InputFile0: { value: zipBuffer, options: { filename: 'invoice.zip', contentType: 'application/zip' } }
    },
    encoding: null
  });
}

module.exports = { htmlToPdf };
