const { Core } = require('@adobe/aio-sdk')
const { context, getToken } = require('@adobe/aio-lib-ims')
const fetch = require('node-fetch')

const CTX = 'mops-analytics'

async function imsToken (params) {
  await context.set(CTX, {
    client_id: params.ADOBE_CLIENT_ID,
    client_secrets: [params.ADOBE_CLIENT_SECRET],
    technical_account_id: params.ADOBE_TECHNICAL_ACCOUNT_ID,
    technical_account_email: params.ADOBE_TECHNICAL_ACCOUNT_EMAIL,
    ims_org_id: params.ADOBE_ORG_ID,
    scopes: params.ADOBE_SCOPES.split(',').map((s) => s.trim())
  }, true)
  return getToken(CTX)
}

async function main (params) {
  const logger = Core.Logger('channel-report', { level: params.LOG_LEVEL || 'info' })
  try {
    const token = await imsToken(params)
    const day = new Date(Date.now() - 864e5).toISOString().slice(0, 10)
    const res = await fetch(`https://analytics.adobe.io/api/${params.ANALYTICS_COMPANY_ID}/reports`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'x-api-key': params.ADOBE_CLIENT_ID,
        'x-proxy-global-company-id': params.ANALYTICS_COMPANY_ID,
        'Content-Type': 'application/json'
      },
      body: JSON.stringify({
        rsid: params.ANALYTICS_RSID,
        globalFilters: [{ type: 'dateRange', dateRange: `${day}T00:00:00.000/${day}T23:59:59.999` }],
        metricContainer: { metrics: [{ id: 'metrics/visits' }, { id: 'metrics/orders' }] },
        dimension: 'variables/lasttouchchannel',
        settings: { limit: 25 }
      })
    })
    if (!res.ok) {
      logger.error(`analytics ${res.status}`)
      return { statusCode: 502, body: { error: 'analytics request failed' } }
    }
    const report = await res.json()
    return {
      statusCode: 200,
      body: report.rows.map((r) => ({ channel: r.value, visits: r.data[0], orders: r.data[1] }))
    }
  } catch (e) {
    logger.error(e)
    return { statusCode: 500, body: { error: 'server error' } }
  }
}

exports.main = main
