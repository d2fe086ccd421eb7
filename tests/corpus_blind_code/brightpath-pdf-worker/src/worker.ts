import { Worker } from 'bullmq';
import axios from 'axios';
import { config } from './config';
import { logger } from './logger';
import { compress, pollJob, uploadAsset } from './adobe/pdfServices';

const connection = { url: config.redisUrl };

new Worker(
  'documents:convert',
  async (job) => {
    const { sourceUrl } = job.data as { sourceUrl: string };
    const { data } = await axios.get<ArrayBuffer>(sourceUrl, { responseType: 'arraybuffer' });
    const assetID = await uploadAsset('application/pdf', Buffer.from(data));
    const result = await pollJob(await compress(assetID));
    logger.info({ jobId: job.id }, 'compressed');
    return result.downloadUri;
  },
  { connection, concurrency: 4 },
);
