// Usage-rights agreements go out through Acrobat Sign (its own OAuth, refresh-token grant).
import got from 'got';

const SIGN_API = 'https://api.na1.adobesign.com';

export async function acrobatSignAccessToken(): Promise<string> {
  const body = await got
    .post(`${SIGN_API}/oauth/v2/refresh`, {
      form: {
        grant_type: 'refresh_token',
        client_id: process.env.ACROBAT_SIGN_CLIENT_ID,
        client_secret: process.env.ACROBAT_SIGN_CLIENT_SECRET,
        refresh_token: process.env.ACROBAT_SIGN_REFRESH_TOKEN,
      },
    })
    .json<{ access_token: string }>();
  return body.access_token;
}

export async function sendAgreement(transientDocumentId: string, signerEmail: string) {
  return got.post(`${SIGN_API}/api/rest/v6/agreements`, {
    headers: { authorization: `Bearer ${await acrobatSignAccessToken()}` },
    json: {
      fileInfos: [{ transientDocumentId }],
      name: 'Image usage rights',
      participantSetsInfo: [{ memberInfos: [{ email: signerEmail }], order: 1, role: 'SIGNER' }],
      signatureType: 'ESIGN',
      state: 'IN_PROCESS',
    },
  }).json();
}
