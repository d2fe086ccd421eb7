// Adobe IMS access token via OAuth Server-to-Server (client credentials grant)
const cred = require('../console-oauth-credential.json');

async function main() {
  const res = await fetch('https://ims-na1.adobelogin.com/ims/token/v3', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: cred.CLIENT_ID,
      client_secret: cred.CLIENT_SECRETS[0],
      scope: cred.SCOPES.join(','),
    }),
  });
  if (!res.ok) throw new Error(`IMS answered ${res.status}`);
  const { access_token: token, expires_in: ttl } = await res.json();
  console.log(`token ok, ${token.length} chars, ${ttl} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
