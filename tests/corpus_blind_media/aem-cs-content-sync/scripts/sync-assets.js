'use strict'

require('dotenv').config()
const path = require('path')
const fs = require('fs')
const { DirectBinaryUpload, DirectBinaryUploadOptions } = require('@adobe/aem-upload')
const { getAemAccessToken } = require('../lib/aem-token')

async function main (folder) {
  const token = await getAemAccessToken()
  const files = fs.readdirSync(folder)
    .filter(f => /\.(jpe?g|png|tiff?|psd)$/i.test(f))
    .map(f => ({ fileName: f, filePath: path.join(folder, f), fileSize: fs.statSync(path.join(folder, f)).size }))
  const target = `${process.env.AEM_AUTHOR_URL}/content/dam/northwind/campaigns/${path.basename(folder)}`
  const options = new DirectBinaryUploadOptions()
    .withUrl(target)
    .withUploadFiles(files)
    .withHttpOptions({ headers: { Authorization: `Bearer ${token}` } })
    .withMaxConcurrent(5)
  const result = await new DirectBinaryUpload().uploadFiles(options)
  console.log(`uploaded ${files.length} files to ${target}`, result.getErrors().length ? result.getErrors() : '')
}

main(process.argv[2]).catch(err => {
  console.error(err)
  process.exit(1)
})
