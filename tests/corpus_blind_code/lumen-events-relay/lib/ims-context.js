/*
 * Builds the aio-lib-ims context used by the relay action.
 *
 * LUMEN_S2S_ENABLED=true switches to the OAuth Server-to-Server credential that
 * was added next to the old Service Account credential in the Console project.
 * TODO(platform-auth): delete the JWT branch once prod ran a week on S2S (LUM-482)
 */
const CTX_NAME = 'lumen-relay'

function s2sEnabled (params = {}) {
  const flag = params.LUMEN_S2S_ENABLED ?? process.env.LUMEN_S2S_ENABLED
  return String(flag).toLowerCase() === 'true'
}

function buildImsContext (params) {
  const base = {
    client_id: params.LUMEN_IMS_CLIENT_ID,
    technical_account_id: params.LUMEN_IMS_TECH_ACCOUNT_ID,
    ims_org_id: params.LUMEN_IMS_ORG_ID
  }

  if (s2sEnabled(params)) {
    return {
      ...base,
      client_secrets: [params.LUMEN_IMS_CLIENT_SECRET],
      technical_account_email: params.LUMEN_IMS_TECH_ACCOUNT_EMAIL,
      scopes: ['openid', 'AdobeID', 'read_organizations', 'event_receiver', 'event_receiver_api', 'adobeio_api']
    }
  }

  // legacy Service Account credential
  return {
    ...base,
    client_secret: params.LUMEN_IMS_CLIENT_SECRET,
    meta_scopes: ['event_receiver_api', 'ent_adobeio_sdk'],
    private_key: params.LUMEN_IMS_PRIVATE_KEY
  }
}

module.exports = { CTX_NAME, buildImsContext, s2sEnabled }
