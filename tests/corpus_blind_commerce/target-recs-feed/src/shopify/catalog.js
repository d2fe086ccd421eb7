'use strict';

const config = require('config');

const QUERY = `query Products($cursor: String) {
  products(first: 100, after: $cursor, query: "status:active") {
    pageInfo { hasNextPage endCursor }
    nodes { handle title vendor productType onlineStoreUrl totalInventory
      featuredImage { url }
      variants(first: 1) { nodes { sku price } } }
  }
}`;

async function* outletProducts() {
  const { shop, apiVersion } = config.get('shopify');
  let cursor = null;
  do {
    const res = await fetch(`https://${shop}/admin/api/${apiVersion}/graphql.json`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Shopify-Access-Token': process.env.SHOPIFY_ADMIN_TOKEN,
      },
      body: JSON.stringify({ query: QUERY, variables: { cursor } }),
    });
    const { data } = await res.json();
    for (const n of data.products.nodes) yield n;
    cursor = data.products.pageInfo.hasNextPage ? data.products.pageInfo.endCursor : null;
  } while (cursor);
}

module.exports = { outletProducts };
