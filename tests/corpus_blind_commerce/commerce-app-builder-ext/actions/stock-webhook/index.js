const crypto = require('crypto')
const { commerceClient } = require('../commerce/client')
const { errorResponse } = require('../utils')

/**
 * Synchronous webhook from Adobe Commerce (plugin.catalog_inventory...). Commerce signs the body
 * with its webhook private key; we verify with the public key from the Commerce admin.
 */
async function main (params) {
  const signature = params.__ow_headers && params.__ow_headers['x-adobe-commerce-webhook-signature']
  const body = Buffer.from(params.__ow_body || '', 'base64').toString()
  const ok = crypto.verify('sha256', Buffer.from(body), params.COMMERCE_WEBHOOK_PUBLIC_KEY, Buffer.from(signature || '', 'base64'))
  if (!ok) return errorResponse(401, 'invalid webhook signature')

  const { data } = JSON.parse(body)
  await commerceClient(params).put(`products/${encodeURIComponent(data.sku)}/stockItems/1`, {
    stockItem: { qty: data.qty, is_in_stock: data.qty > 0 }
  })
  return { statusCode: 200, body: { op: 'success' } }
}

exports.main = main
