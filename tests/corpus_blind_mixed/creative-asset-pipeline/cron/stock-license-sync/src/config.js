'use strict'

// Reads config/default.jsonc (JSON with comments) without extra deps.
const fs = require('fs')
const path = require('path')

const raw = fs.readFileSync(path.join(__dirname, '..', 'config', 'default.jsonc'), 'utf8')
const json = raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1')

module.exports = JSON.parse(json)
