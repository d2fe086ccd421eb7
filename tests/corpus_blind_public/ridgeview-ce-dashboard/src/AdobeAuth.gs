/**
 * Adobe IMS access token (OAuth Server-to-Server, client credentials).
 * Cached in the script cache for up to 6 hours (CacheService maximum).
 */
const IMS_TOKEN_URL = 'https://ims-na1.adobelogin.com/ims/token/v3';
const ADOBE_SCOPES = 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function';

function getAdobeToken_() {
  const cache = CacheService.getScriptCache();
  const cached = cache.get('adobe_token');
  if (cached) return cached;

  const props = PropertiesService.getScriptProperties();
  const resp = UrlFetchApp.fetch(IMS_TOKEN_URL, {
    method: 'post',
    payload: {
      grant_type: 'client_credentials',
      client_id: props.getProperty('ADOBE_CLIENT_ID'),
      client_secret: props.getProperty('ADOBE_CLIENT_SECRET'),
      scope: ADOBE_SCOPES,
    },
    muteHttpExceptions: true,
  });
  if (resp.getResponseCode() !== 200) {
    throw new Error('Adobe IMS ' + resp.getResponseCode() + ': ' + resp.getContentText());
  }
  const body = JSON.parse(resp.getContentText());
  // expires_in is in seconds here (the old JWT exchange answered in milliseconds).
  cache.put('adobe_token', body.access_token, Math.min(body.expires_in - 300, 21600));
  return body.access_token;
}
