const { Core } = require('@adobe/aio-sdk')
const got = require('got')
const { getAdobeToken, errorResponse, checkMissingRequestInputs } = require('../utils')

/**
 * Receives com.adobe.commerce.observer.sales_order_save_commit_after events (I/O Events)
 * and forwards them to Journey Optimizer as unitary events.
 */
async function main (params) {
  const logger = Core.Logger('order-sync', { level: params.LOG_LEVEL || 'info' })
  const missing = checkMissingRequestInputs(params, ['data', 'AJO_INLET_URL', 'ADOBE_CLIENT_ID'])
  if (missing) return errorResponse(400, missing, logger)

  const order = params.data.value
  const token = await getAdobeToken(params)
  await got.post(params.AJO_INLET_URL, {
    headers: {
      Authorization: `Bearer ${token}`,
      'x-api-key': params.ADOBE_CLIENT_ID,
      'x-gw-ims-org-id': params.ADOBE_ORG_ID
    },
    json: {
      header: { schemaRef: { id: 'https://ns.adobe.com/acmeretail/schemas/order-status', contentType: 'application/vnd.adobe.xed-full+json;version=1' } },
      body: {
        xdmEntity: {
          _id: `${order.increment_id}-${order.status}`,
          timestamp: new Date().toISOString(),
          eventType: 'commerce.orderStatusChanged',
          _acmeretail: { orderId: order.increment_id, status: order.status, total: Number(order.grand_total) },
          identityMap: { Email: [{ id: order.customer_email, primary: true }] }
        }
      }
    },
    timeout: { request: 10000 }
  })
  logger.info(`order ${order.increment_id} -> AJO (${order.status})`)
  return { statusCode: 200, body: { ok: true } }
}

exports.main = main
