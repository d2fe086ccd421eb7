'use strict';

const GRAPHQL = process.env.COMMERCE_GRAPHQL_URL || 'https://commerce.acme-retail.com/graphql';

const QUERY = `query Catalog($page: Int!) {
  products(filter: { visibility: { in: ["2", "4"] } }, pageSize: 200, currentPage: $page) {
    page_info { total_pages }
    items { sku name url_key stock_status brand margin_band
      categories { url_path }
      small_image { url }
      price_range { minimum_price { final_price { value } } } }
  }
}`;

async function fetchCommerceProducts() {
  const out = [];
  for (let page = 1, total = 1; page <= total; page += 1) {
    const res = await fetch(GRAPHQL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Store: 'default' },
      body: JSON.stringify({ query: QUERY, variables: { page } }),
    });
    const { data } = await res.json();
    total = data.products.page_info.total_pages;
    for (const i of data.products.items) {
      out.push({
        sku: i.sku,
        title: i.name,
        categories: i.categories.map((c) => c.url_path),
        imageUrl: i.small_image.url,
        price: i.price_range.minimum_price.final_price.value,
        url: `https://www.acme-retail.com/${i.url_key}.html`,
        inventory: i.stock_status === 'IN_STOCK' ? 1 : 0,
        marginBand: i.margin_band,
        brand: i.brand,
        active: i.stock_status === 'IN_STOCK',
      });
    }
  }
  return out;
}

module.exports = { fetchCommerceProducts };
