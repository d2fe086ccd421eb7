const fetch = require('node-fetch');
const config = require('./config');
const { getStockToken } = require('./auth');

async function stockHeaders() {
  return {
    'x-api-key': config.credentials.clientId,
    'x-product': config.stock.product,
    Authorization: `Bearer ${await getStockToken()}`,
  };
}

async function search(words, limit = 20) {
  const params = new URLSearchParams({
    'search_parameters[words]': words,
    'search_parameters[limit]': String(limit),
    'search_parameters[filters][content_type:photo]': '1',
    'result_columns[]': 'id',
  });
  const res = await fetch(`${config.stock.apiBase}/Media/1/Search/Files?${params}`, {
    headers: await stockHeaders(),
  });
  if (!res.ok) throw new Error(`Stock search failed: ${res.status}`);
  return (await res.json()).files;
}

async function license(contentId) {
  const url = `${config.stock.apiBase}/Libraries/1/Content/License?content_id=${contentId}&license=${config.stock.licenseState}`;
  const res = await fetch(url, { method: 'POST', headers: await stockHeaders() });
  if (!res.ok) throw new Error(`License ${contentId} failed: ${res.status}`);
  const body = await res.json();
  return body.contents[contentId].purchase_details.url;
}

module.exports = { search, license };
