import axios from 'axios';
import { settings } from '../config';
import { getAccessToken } from '../auth';

const PLATFORM = 'https://platform.adobe.io';

export async function createBatch(datasetId: string): Promise<string> {
  const token = await getAccessToken();
  const { data } = await axios.post(
    `${PLATFORM}/data/foundation/import/batches`,
    { datasetId, inputFormat: { format: 'json' } },
    {
      headers: {
        Authorization: `Bearer ${token}`,
        'x-api-key': settings.clientId,
        'x-gw-ims-org-id': settings.orgId,
        'x-sandbox-name': settings.sandbox,
      },
    },
  );
  return data.id;
}
