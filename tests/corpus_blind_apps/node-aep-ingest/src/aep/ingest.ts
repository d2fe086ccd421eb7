import axios from 'axios';
import { adobe, aep } from '../config';
import { getAdobeToken, resetAdobeToken } from '../adobe/auth';

export interface OrderEvent {
  orderId: string;
  customerEmailSha256: string;
  total: number;
  currency: string;
  placedAt: string;
}

async function headers() {
  return {
    Authorization: `Bearer ${await getAdobeToken()}`,
    'x-api-key': adobe.clientId,
    'x-gw-ims-org-id': adobe.orgId,
    'x-sandbox-name': aep.sandbox,
    'Content-Type': 'application/json',
  };
}

export async function sendOrder(event: OrderEvent): Promise<void> {
  const body = {
    header: { datasetId: aep.datasetId, imsOrgId: adobe.orgId, source: { name: 'aep-ingest-worker' } },
    body: {
      xdmMeta: { schemaRef: { id: 'https://ns.adobe.com/acmeorders/schemas/orderevent', contentType: 'application/vnd.adobe.xed-full+json;version=1' } },
      xdmEntity: { _acmeorders: event, timestamp: event.placedAt },
    },
  };
  try {
    await axios.post(`${aep.inletUrl}?syncValidation=false`, body, { headers: await headers() });
  } catch (err: any) {
    if (err.response?.status === 401) {
      resetAdobeToken();
      await axios.post(`${aep.inletUrl}?syncValidation=false`, body, { headers: await headers() });
      return;
    }
    throw err;
  }
}

export async function listBatches(limit = 20) {
  const { data } = await axios.get(`${aep.platformUrl}/data/foundation/catalog/batches`, {
    headers: await headers(),
    params: { limit, orderBy: 'desc:created' },
  });
  return data;
}
