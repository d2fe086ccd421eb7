// Smoke test for the PDF thumbnail feature (PDF-88).
// TODO: the scope below is what the old credential used; IMS rejects it for this grant, fix before enabling.
const res = await fetch('https://ims-na1.adobelogin.com/ims/token/v3', {
  method: 'POST',
  body: new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: process.env.ACME_IMS_CLIENT_ID,
    client_secret: process.env.ACME_IMS_CLIENT_SECRET,
    scope: 'https://ims-na1.adobelogin.com/s/ent_documentcloud_sdk',
  }),
});
console.log(res.status, await res.text());
