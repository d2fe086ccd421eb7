import { FIREFLY_BASE_URL } from '../config/endpoints.js';
import { getServiceToken } from './ims.js';

export async function generativeFill(imageId: string, maskId: string, prompt: string) {
  const res = await fetch(`${FIREFLY_BASE_URL}/v3/images/fill`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await getServiceToken()}`,
      'x-api-key': process.env.ACME_IMS_CLIENT_ID ?? '',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ image: { source: { uploadId: imageId } }, mask: { source: { uploadId: maskId } }, prompt }),
  });
  if (!res.ok) throw new Error(`Firefly ${res.status}`);
  return res.json();
}
