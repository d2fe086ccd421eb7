import axios from 'axios';
import { config } from '../config';
import { getAdobeToken } from './token';

async function headers() {
  return {
    Authorization: `Bearer ${await getAdobeToken()}`,
    'x-api-key': config.adobe.clientId,
    'Content-Type': 'application/json',
  };
}

export async function uploadAsset(mediaType: string, data: Buffer): Promise<string> {
  const { data: asset } = await axios.post(`${config.pdfServicesBase}/assets`, { mediaType }, { headers: await headers() });
  await axios.put(asset.uploadUri, data, { headers: { 'Content-Type': mediaType } });
  return asset.assetID;
}

export async function compress(assetID: string): Promise<string> {
  const res = await axios.post(`${config.pdfServicesBase}/operation/compresspdf`, { assetID, compressionLevel: 'MEDIUM' }, { headers: await headers() });
  return res.headers.location as string;
}

export async function pollJob(location: string): Promise<{ downloadUri: string }> {
  for (;;) {
    const { data } = await axios.get(location, { headers: await headers() });
    if (data.status === 'done') return data.asset;
    if (data.status === 'failed') throw new Error(`pdf job failed: ${JSON.stringify(data.error)}`);
    await new Promise((r) => setTimeout(r, 1500));
  }
}
