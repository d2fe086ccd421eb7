#!/usr/bin/env node
const { program } = require('commander');
const fetch = require('node-fetch');
const pLimit = require('p-limit');
const stock = require('../src/stock');
const aem = require('../src/aem');

program
  .requiredOption('-q, --query <words>', 'Stock search words')
  .option('-n, --limit <n>', 'how many assets', '10')
  .option('--dry-run', 'search only, do not license or upload')
  .parse();

(async () => {
  const opts = program.opts();
  const files = await stock.search(opts.query, Number(opts.limit));
  console.log(`found ${files.length} files for "${opts.query}"`);
  if (opts.dryRun) return;
  const limit = pLimit(3);
  await Promise.all(files.map((f) => limit(async () => {
    const url = await stock.license(f.id);
    const bin = await (await fetch(url)).buffer();
    await aem.upload(`AdobeStock_${f.id}.jpeg`, bin);
    console.log(`uploaded ${f.id}`);
  })));
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
