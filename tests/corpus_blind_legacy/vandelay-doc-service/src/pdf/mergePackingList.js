'use strict';

// Older code path kept for the packing-list merge; uses the PDF Tools SDK.
const PDFToolsSdk = require('@adobe/documentservices-pdftools-node-sdk');
const path = require('path');

async function mergePackingList(files, outFile) {
  const credentials = PDFToolsSdk.Credentials.serviceAccountCredentialsBuilder()
    .fromFile(path.join(__dirname, '..', '..', 'pdfservices-api-credentials.json'))
    .build();

  const executionContext = PDFToolsSdk.ExecutionContext.create(credentials);
  const combine = PDFToolsSdk.CombineFiles.Operation.createNew();
  files.forEach((f) => combine.addInput(PDFToolsSdk.FileRef.createFromLocalFile(f)));

  const result = await combine.execute(executionContext);
  await result.saveAsFile(outFile);
  return outFile;
}

module.exports = { mergePackingList };
