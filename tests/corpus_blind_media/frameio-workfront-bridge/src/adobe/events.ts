import { createVerify } from 'node:crypto';
import { request } from 'undici';
import { adobe } from '../config.js';
import { getServiceToken } from './ims.js';

export interface AssetEvent {
  id: string;
  type: string;
  assetPath: string;
}

/** Reads the next page of the I/O Events journal. */
export async function readJournal(next?: string): Promise<{ events: AssetEvent[]; next?: string }> {
  const token = await getServiceToken();
  const res = await request(next ?? adobe.journalUrl, {
    headers: {
      authorization: `Bearer ${token}`,
      'x-api-key': adobe.clientId,
      'x-ims-org-id': adobe.orgId,
    },
  });
  if (res.statusCode === 204) {
    return { events: [] };
  }
  const body = (await res.body.json()) as { events: Array<{ event: { data: { assetPath: string }; type: string; id: string } }>; _page?: { last: string } };
  const link = res.headers['link'];
  const nextUrl = typeof link === 'string' ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
  return {
    events: body.events.map((e) => ({ id: e.event.id, type: e.event.type, assetPath: e.event.data.assetPath })),
    next: nextUrl,
  };
}

/**
 * Verifies the RSA digital signature Adobe I/O Events puts on webhook deliveries
 * (x-adobe-digital-signature-1 / x-adobe-public-key1-path).
 */
export async function verifyWebhook(rawBody: string, signature: string, publicKeyPath: string): Promise<boolean> {
  const res = await request(`https://static.adobeioevents.com${publicKeyPath}`);
  const publicKeyPem = await res.body.text();
  const verifier = createVerify('RSA-SHA256');
  verifier.update(rawBody);
  return verifier.verify(publicKeyPem, signature, 'base64');
}
