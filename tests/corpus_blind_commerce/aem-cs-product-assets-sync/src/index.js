'use strict';

const pRetry = require('p-retry');
const { getAemAccessToken } = require('./aemToken');
const { changedProducts } = require('./commerce');

const AEM = process.env.AEM_AUTHOR_URL;

async function updateAssetMetadata(token, product) {
  const path = `/api/assets/products/${product.sku.toLowerCase()}/${product.sku.toLowerCase()}-hero.jpg`;
  const res = await fetch(`${AEM}${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      class: 'asset',
      properties: {
        'dc:title': product.name,
        'commerce:sku': product.sku,
        'commerce:categories': product.categories,
        'commerce:brand': product.brand,
      },
    }),
  });
  if (res.status === 404) return false;
  if (!res.ok) throw new Error(`AEM update ${product.sku}: ${res.status}`);
  return true;
}

async function main() {
  const token = await getAemAccessToken(process.env.AEM_SERVICE_CREDENTIALS_FILE);
  let updated = 0;
  for await (const p of changedProducts(new Date(Date.now() - 24 * 3600 * 1000))) {
    if (await pRetry(() => updateAssetMetadata(token, p), { retries: 3 })) updated += 1;
  }
  console.log(`updated ${updated} assets`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
