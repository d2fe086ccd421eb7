const fs = require('fs')
const {
  ServicePrincipalCredentials,
  PDFServices,
  MimeType,
  CreatePDFJob,
  CreatePDFResult
} = require('@adobe/pdfservices-node-sdk')

// OAuth Server-to-Server (migrated from the old service account credentials in v2.0.0)
const credentials = new ServicePrincipalCredentials({
  clientId: process.env.PDF_SERVICES_CLIENT_ID,
  clientSecret: process.env.PDF_SERVICES_CLIENT_SECRET
})
const pdfServices = new PDFServices({ credentials })

async function htmlToPdf (htmlPath, outPath) {
  const inputAsset = await pdfServices.upload({
    readStream: fs.createReadStream(htmlPath),
    mimeType: MimeType.HTML
  })
  const job = new CreatePDFJob({ inputAsset })
  const pollingURL = await pdfServices.submit({ job })
  const { result } = await pdfServices.getJobResult({ pollingURL, resultType: CreatePDFResult })
  const stream = await pdfServices.getContent({ asset: result.asset })
  await new Promise((resolve, reject) => stream.readStream.pipe(fs.createWriteStream(outPath)).on('finish', resolve).on('error', reject))
}

module.exports = { htmlToPdf }
