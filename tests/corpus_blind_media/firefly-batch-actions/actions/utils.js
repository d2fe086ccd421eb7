/*
 * Helpers shared by the actions (App Builder template).
 */

function stringParameters (params) {
  let headers = params.__ow_headers || {}
  if (headers.authorization) {
    headers = { ...headers, authorization: '<hidden>' }
  }
  return JSON.stringify({ ...params, __ow_headers: headers })
}

function getMissingKeys (obj, required) {
  return required.filter(r => {
    const splits = r.split('.')
    const last = splits[splits.length - 1]
    const traverse = splits.slice(0, -1).reduce((tObj, split) => { tObj = (tObj[split] || {}); return tObj }, obj)
    return traverse[last] === undefined || traverse[last] === ''
  })
}

function checkMissingRequestInputs (params, requiredParams = [], requiredHeaders = []) {
  let errorMessage = null
  requiredHeaders = requiredHeaders.map(h => h.toLowerCase())
  const missingHeaders = getMissingKeys(params.__ow_headers || {}, requiredHeaders)
  if (missingHeaders.length > 0) {
    errorMessage = `missing header(s) '${missingHeaders}'`
  }
  const missingInputs = getMissingKeys(params, requiredParams)
  if (missingInputs.length > 0) {
    errorMessage = errorMessage ? errorMessage + ' and ' : ''
    errorMessage += `missing parameter(s) '${missingInputs}'`
  }
  return errorMessage
}

function errorResponse (statusCode, message, logger) {
  if (logger && typeof logger.info === 'function') {
    logger.info(`${statusCode}: ${message}`)
  }
  return { error: { statusCode, body: { error: message } } }
}

module.exports = { errorResponse, stringParameters, checkMissingRequestInputs }
