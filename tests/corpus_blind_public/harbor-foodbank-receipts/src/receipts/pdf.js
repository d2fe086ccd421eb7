'use strict';

const path = require('path');
const PDFServicesSdk = require('@adobe/pdfservices-node-sdk');

const CREDENTIALS_FILE = path.join(__dirname, '..', '..', 'pdfservices-api-credentials.json');
const TEMPLATE = path.join(__dirname, 'templates', 'receipt.docx');

let executionContext;

function context() {
  if (!executionContext) {
    const credentials = PDFServicesSdk.Credentials
      .serviceAccountCredentialsBuilder()
      .fromFile(CREDENTIALS_FILE)
      .build();
    executionContext = PDFServicesSdk.ExecutionContext.create(credentials);
  }
  return executionContext;
}

/**
 * Fill the Word receipt template with `data` and write a PDF to `outFile`.
 */
async function renderReceipt(data, outFile) {
  const op = PDFServicesSdk.DocumentMerge.Operation.createNew(
    new PDFServicesSdk.DocumentMerge.options.DocumentMergeOptions(
      data,
      PDFServicesSdk.DocumentMerge.options.OutputFormat.PDF,
    ),
  );
  op.setInput(PDFServicesSdk.FileRef.createFromLocalFile(TEMPLATE));
  const result = await op.execute(context());
  await result.saveAsFile(outFile);
  return outFile;
}

module.exports = { renderReceipt };
