import { createHmac, timingSafeEqual } from 'node:crypto';
import { request } from 'undici';
import { frameio } from '../config.js';

const FRAMEIO_API = 'https://api.frame.io/v2';

export async function createReviewLink(projectId: string, name: string, assetIds: string[]): Promise<string> {
  const res = await request(`${FRAMEIO_API}/projects/${projectId}/review_links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${frameio.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, allow_approvals: true }),
  });
  const link = (await res.body.json()) as { id: string; short_url: string };
  await request(`${FRAMEIO_API}/review_links/${link.id}/assets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${frameio.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ asset_ids: assetIds }),
  });
  return link.short_url;
}

/** Frame.io signs webhooks with HMAC-SHA256 over "v0:<timestamp>:<body>". */
export function verifyFrameioSignature(rawBody: string, timestamp: string, signature: string): boolean {
  const expected = 'v0=' + createHmac('sha256', frameio.webhookSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}
