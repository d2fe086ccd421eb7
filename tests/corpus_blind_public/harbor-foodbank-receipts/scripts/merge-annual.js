'use strict';

// January job: one combined PDF per donor with all receipts of the previous year.
require('dotenv').config();
const fs = require('fs');
const path = require('path');
const PDFServicesSdk = require('@adobe/pdfservices-node-sdk');

const year = Number(process.argv[2]) || new Date().getFullYear() - 1;
const credentials = PDFServicesSdk.Credentials.serviceAccountCredentialsBuilder()
  .fromFile(path.join(__dirname, '..', 'pdfservices-api-credentials.json'))
  .build();
const ctx = PDFServicesSdk.ExecutionContext.create(credentials);

async function mergeDonor(donorDir) {
  const files = fs.readdirSync(donorDir).filter((f) => f.endsWith('.pdf')).sort();
  if (files.length < 2) return;
  const op = PDFServicesSdk.CombineFiles.Operation.createNew();
  files.forEach((f) => op.addInput(PDFServicesSdk.FileRef.createFromLocalFile(path.join(donorDir, f))));
  const result = await op.execute(ctx);
  await result.saveAsFile(path.join(donorDir, `annual-${year}.pdf`));
}

(async () => {
  const root = path.join('out', String(year));
  for (const donor of fs.readdirSync(root)) {
    await mergeDonor(path.join(root, donor));
  }
})().catch((e) => { console.error(e); process.exit(1); });
