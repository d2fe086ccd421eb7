#!/usr/bin/env node
'use strict';
require('dotenv').config();
const { Command } = require('commander');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { renderHtmlZip } = require('../src/adobe/client');
const { fetchToken } = require('../src/adobe/rest-token');
const { downloadLink } = require('../src/links');

const program = new Command();
program.name('pdf-invoice').version(require('../package.json').version);

program
  .command('render')
  .requiredOption('--event <slug>')
  .requiredOption('--sponsor <slug>')
  .option('--out <dir>', 'output directory', 'out')
  .option('--letter', 'US Letter instead of A4')
  .action(async (opts) => {
    const tplDir = path.join(__dirname, '..', 'templates', opts.event);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inv-'));
    const data = JSON.parse(fs.readFileSync(path.join(tplDir, 'sponsors', `${opts.sponsor}.json`), 'utf8'));
    const html = fs.readFileSync(path.join(tplDir, 'index.html'), 'utf8').replace(/{{(\w+)}}/g, (_, k) => data[k] ?? '');
    fs.writeFileSync(path.join(tmp, 'index.html'), html);
    execFileSync('zip', ['-qj', path.join(tmp, 'in.zip'), path.join(tmp, 'index.html')]);
    const out = path.join(opts.out, `${data.invoiceNumber}.pdf`);
    await renderHtmlZip(path.join(tmp, 'in.zip'), out, { letter: !!opts.letter });
    console.log(out);
  });

program
  .command('link <pdf>')
  .option('--days <n>', 'link lifetime in days', '14')
  .action((pdf, opts) => console.log(downloadLink(pdf, { days: Number(opts.days) })));

program
  .command('status')
  .action(async () => {
    const { expiresInSeconds } = await fetchToken();
    console.log(`PDF Services credential OK, token valid for ${Math.round(expiresInSeconds / 3600)} h`);
  });

program.parseAsync().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
