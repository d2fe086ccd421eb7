'use strict';
// PDF Services client. Since 2.0.0 this uses the OAuth Server-to-Server
// credential; the old service-account (JWT) builder and private.key handling
// were deleted together with SDK 3.x.
const fs = require('fs');
const path = require('path');
const {
  ServicePrincipalCredentials,
  PDFServices,
  MimeType,
  HTMLToPDFJob,
  HTMLToPDFParams,
  HTMLToPDFResult,
  PageLayout,
} = require('@adobe/pdfservices-node-sdk');

function pdfServices() {
  const credentials = new ServicePrincipalCredentials({
    clientId: process.env.PDF_SERVICES_CLIENT_ID,
    clientSecret: process.env.PDF_SERVICES_CLIENT_SECRET,
  });
  return new PDFServices({ credentials });
}

async function renderHtmlZip(zipPath, outPdf, { letter = false } = {}) {
  const svc = pdfServices();
  const inputAsset = await svc.upload({
    readStream: fs.createReadStream(zipPath),
    mimeType: MimeType.ZIP,
  });
  const pageLayout = new PageLayout({ pageHeight: letter ? 11 : 11.69, pageWidth: letter ? 8.5 : 8.27 });
  const params = new HTMLToPDFParams({ pageLayout, includeHeaderFooter: false });
  const job = new HTMLToPDFJob({ inputAsset, params });
  const pollingURL = await svc.submit({ job });
  const response = await svc.getJobResult({ pollingURL, resultType: HTMLToPDFResult });
  const stream = await svc.getContent({ asset: response.result.asset });
  fs.mkdirSync(path.dirname(outPdf), { recursive: true });
  await new Promise((resolve, reject) => {
    stream.readStream.pipe(fs.createWriteStream(outPdf)).on('finish', resolve).on('error', reject);
  });
  return outPdf;
}

module.exports = { pdfServices, renderHtmlZip };
