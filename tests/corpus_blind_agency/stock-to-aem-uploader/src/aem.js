const fs = require('fs');
const path = require('path');
const jwt = require('jsonwebtoken');
const fetch = require('node-fetch');
const config = require('./config');

// AEM as a Cloud Service "service credentials" (AEM Developer Console > Integrations >
// Get Service Credentials). Not the Developer Console Service Account credential;
// Adobe keeps these supported.
let aemToken = null;

async function getAemToken() {
  if (aemToken) return aemToken;
  const file = path.resolve(config.aem.serviceCredentialsFile);
  const sc = JSON.parse(fs.readFileSync(file, 'utf8')).integration;
  const ims = `https://${sc.imsEndpoint}`;
  const payload = {
    iss: sc.org,
    sub: sc.id,
    exp: Math.floor(Date.now() / 1000) + 60 * 60,
    aud: `${ims}/c/${sc.technicalAccount.clientId}`,
    [`${ims}/s/${sc.metascopes}`]: true,
  };
  const assertion = jwt.sign(payload, sc.privateKey, { algorithm: 'RS256' });
  const form = new URLSearchParams({
    client_id: sc.technicalAccount.clientId,
    client_secret: sc.technicalAccount.clientSecret,
    jwt_token: assertion,
  });
  const res = await fetch(`${ims}/ims/exchange/jwt`, { method: 'POST', body: form });
  if (!res.ok) throw new Error(`AEM token exchange failed: ${res.status}`);
  aemToken = (await res.json()).access_token;
  return aemToken;
}

async function upload(fileName, buffer, mimeType = 'image/jpeg') {
  const token = await getAemToken();
  const folder = config.aem.targetFolder;
  const initiate = await fetch(`${config.aem.host}${folder}.initiateUpload.json`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: new URLSearchParams({ fileName, fileSize: String(buffer.length) }),
  });
  if (!initiate.ok) throw new Error(`initiateUpload failed: ${initiate.status}`);
  const init = await initiate.json();
  const f = init.files[0];
  await fetch(f.uploadURIs[0], { method: 'PUT', body: buffer, headers: { 'Content-Type': mimeType } });
  const complete = await fetch(`${config.aem.host}${init.completeURI}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: new URLSearchParams({ fileName, mimeType, uploadToken: f.uploadToken }),
  });
  if (!complete.ok) throw new Error(`completeUpload failed: ${complete.status}`);
}

module.exports = { upload };
