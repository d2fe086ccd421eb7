'use strict'
const fs = require('fs')
const host = process.argv[process.argv.indexOf('--host') + 1]
const token = fs.readFileSync('.aem-token', 'utf8')

const paths = ['/content/excorp/us/en.html', '/content/dam/excorp/logo.svg', '/libs/granite/core/content/login.html']

;(async () => {
  for (const p of paths) {
    const res = await fetch(host + p, { headers: { Authorization: `Bearer ${token}` } })
    console.log(res.status, p)
    if (res.status >= 400) process.exitCode = 1
  }
})()
