import { Worker } from 'bullmq';
import IORedis from 'ioredis';
import { env } from './env.js';
import { fireflyToken } from './adobe/fireflyAuth.js';
import { photoshopToken } from './adobe/photoshopAuth.js';

const connection = new IORedis(env.REDIS_URL, { maxRetriesPerRequest: null });

async function removeBackground(input: string, output: string) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await photoshopToken()}`, 'x-api-key': env.ADOBE_CLIENT_ID },
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
  return res.json();
}

async function generativeFill(prompt: string, mask: string) {
  const res = await fetch('https://firefly-api.adobe.io/v3/images/fill', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await fireflyToken()}`, 'x-api-key': env.FIREFLY_CLIENT_ID, 'content-type': 'application/json' },
    body: JSON.stringify({ prompt, mask: { source: { url: mask } } }),
  });
  return res.json();
}

new Worker(
  'assets',
  async (job) => {
    if (job.name === 'cutout') return removeBackground(job.data.input, job.data.output);
    if (job.name === 'fill') return generativeFill(job.data.prompt, job.data.mask);
    throw new Error(`unknown job ${job.name}`);
  },
  { connection, concurrency: 4 },
);
