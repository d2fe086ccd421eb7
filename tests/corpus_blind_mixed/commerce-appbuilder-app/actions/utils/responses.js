function errorResponse (statusCode, message, logger) {
  if (logger && typeof logger.info === 'function') {
    logger.info(`${statusCode}: ${message}`)
  }
  return { error: { statusCode, body: { error: message } } }
}

module.exports = { errorResponse }
