'use strict';

const QUERY = `query Changed($from: String!, $page: Int!) {
  products(filter: { updated_at: { from: $from } }, pageSize: 100, currentPage: $page) {
    page_info { total_pages }
    items { sku name brand categories { name } }
  }
}`;

async function* changedProducts(since) {
  for (let page = 1, total = 1; page <= total; page += 1) {
    const res = await fetch(process.env.COMMERCE_GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${process.env.COMMERCE_INTEGRATION_TOKEN}`,
      },
      body: JSON.stringify({ query: QUERY, variables: { from: since.toISOString(), page } }),
    });
    const { data } = await res.json();
    total = data.products.page_info.total_pages;
    for (const i of data.products.items) {
      yield { sku: i.sku, name: i.name, brand: i.brand, categories: i.categories.map((c) => c.name) };
    }
  }
}

module.exports = { changedProducts };
