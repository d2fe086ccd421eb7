const { Core } = require('@adobe/aio-sdk')
const { context, getToken } = require('@adobe/aio-lib-ims')
const fetch = require('node-fetch')
const { postToTeams } = require('./teams')

const CTX = 'cm-notifier'
const STARTED = 'https://ns.adobe.com/experience/cloudmanager/event/started'
const ENDED = 'https://ns.adobe.com/experience/cloudmanager/event/ended'

async function cloudManagerToken (params) {
  await context.set(CTX, {
    client_id: params.CM_CLIENT_ID,
    client_secrets: [params.CM_CLIENT_SECRET],
    technical_account_id: params.CM_TECHNICAL_ACCOUNT_ID,
    technical_account_email: params.CM_TECHNICAL_ACCOUNT_EMAIL,
    ims_org_id: params.CM_IMS_ORG_ID,
    scopes: params.CM_SCOPES.split(',').map(s => s.trim())
  }, true)
  return getToken(CTX)
}

async function main (params) {
  const logger = Core.Logger('pipeline-event', { level: params.LOG_LEVEL || 'info' })
  if (params.challenge) return { statusCode: 200, body: { challenge: params.challenge } }

  const event = params.event || {}
  const type = event['@type']
  if (type !== STARTED && type !== ENDED) return { statusCode: 200, body: 'ignored' }

  const token = await cloudManagerToken(params)
  const executionUrl = event['activitystreams:object']['@id']
  const res = await fetch(executionUrl, {
    headers: {
      'x-gw-ims-org-id': params.CM_IMS_ORG_ID,
      'x-api-key': params.CM_CLIENT_ID,
      Authorization: `Bearer ${token}`
    }
  })
  const execution = await res.json()
  logger.info(`pipeline ${execution.pipelineId} ${execution.status}`)
  await postToTeams(params, `Cloud Manager pipeline ${execution.pipelineId}: ${execution.status}`)
  return { statusCode: 200, body: { ok: true } }
}

exports.main = main
