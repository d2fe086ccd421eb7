require('dotenv').config()
const fs = require('fs')
const AdmZip = require('adm-zip')
const {
  ServicePrincipalCredentials,
  PDFServices,
  MimeType,
  ExtractPDFParams,
  ExtractElementType,
  ExtractPDFJob,
  ExtractPDFResult
} = require('@adobe/pdfservices-node-sdk')

async function main (inputPath) {
  const credentials = new ServicePrincipalCredentials({
    clientId: process.env.PDF_SERVICES_CLIENT_ID,
    clientSecret: process.env.PDF_SERVICES_CLIENT_SECRET
  })
  const pdfServices = new PDFServices({ credentials })
  const inputAsset = await pdfServices.upload({
    readStream: fs.createReadStream(inputPath),
    mimeType: MimeType.PDF
  })
  const params = new ExtractPDFParams({ elementsToExtract: [ExtractElementType.TEXT] })
  const job = new ExtractPDFJob({ inputAsset, params })
  const pollingURL = await pdfServices.submit({ job })
  const response = await pdfServices.getJobResult({ pollingURL, resultType: ExtractPDFResult })
  const stream = await pdfServices.getContent({ asset: response.result.resource })
  const out = fs.createWriteStream('output/extract.zip')
  stream.readStream.pipe(out)
  out.on('finish', () => {
    const data = JSON.parse(new AdmZip('output/extract.zip').readAsText('structuredData.json'))
    data.elements.filter(e => e.Text).forEach(e => console.log(e.Text))
  })
}

main(process.argv[2] || 'resources/invoice.pdf').catch(err => {
  console.error(err)
  process.exit(1)
})
