// SDK 3.x version of the quick-start, kept until the EU job is moved (does not run with SDK 4).
const PDFServicesSdk = require('@adobe/pdfservices-node-sdk')

const credentials = PDFServicesSdk.Credentials.serviceAccountCredentialsBuilder()
  .fromFile('legacy/pdfservices-api-credentials.json')
  .build()

const executionContext = PDFServicesSdk.ExecutionContext.create(credentials)
const options = new PDFServicesSdk.ExtractPDF.options.ExtractPdfOptions.Builder()
  .addElementsToExtract(PDFServicesSdk.ExtractPDF.options.ExtractElementType.TEXT)
  .build()
const extractPDFOperation = PDFServicesSdk.ExtractPDF.Operation.createNew()
extractPDFOperation.setInput(PDFServicesSdk.FileRef.createFromLocalFile(process.argv[2] || 'resources/invoice.pdf'))
extractPDFOperation.setOptions(options)

extractPDFOperation.execute(executionContext)
  .then(result => result.saveAsFile('output/extract-legacy.zip'))
  .catch(err => console.log('Exception encountered while executing operation', err))
