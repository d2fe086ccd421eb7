'use strict';

const ftp = require('basic-ftp');
const config = require('config');
const { Readable } = require('stream');
const { buildCatalog } = require('./feed/buildCatalog');
const { outletProducts } = require('./shopify/catalog');
const { fetchCommerceProducts } = require('./commerce/products');
const { deleteEntities } = require('./target/entities');

async function main() {
  const dryRun = process.argv.includes('--dry-run');
  const products = [...(await fetchCommerceProducts())];
  for await (const p of outletProducts()) products.push(p);
  const csv = buildCatalog(products);
  if (dryRun) {
    process.stdout.write(csv.slice(0, 2000));
    return;
  }
  const client = new ftp.Client();
  await client.access({
    host: config.get('feed.ftpHost'),
    user: config.get('feed.ftpUser'),
    password: process.env.TARGET_FTP_PASSWORD,
    secure: true,
  });
  await client.uploadFrom(Readable.from(csv), `${config.get('feed.name')}.csv`);
  client.close();
  await deleteEntities(products.filter((p) => !p.active).map((p) => p.sku));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
