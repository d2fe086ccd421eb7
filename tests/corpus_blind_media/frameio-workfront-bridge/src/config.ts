import { z } from 'zod';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing environment variable ${name}`);
  }
  return value;
};

export const adobe = {
  clientId: env('ADOBE_CLIENT_ID'),
  clientSecret: env('ADOBE_CLIENT_SECRET'),
  orgId: env('ADOBE_ORG_ID'),
  // copied from the credential's "Scopes" tab in the Developer Console
  scopes: ['AdobeID', 'openid', 'read_organizations', 'additional_info.projectedProductContext', 'additional_info.roles', 'adobeio_api', 'event_receiver_api'],
  journalUrl: env('ADOBE_EVENTS_JOURNAL_URL'),
};

export const workfront = {
  host: env('WORKFRONT_HOST'),
  clientId: env('WORKFRONT_CLIENT_ID'),
  clientSecret: env('WORKFRONT_CLIENT_SECRET'),
  customerId: env('WORKFRONT_CUSTOMER_ID'),
  userId: env('WORKFRONT_USER_ID'),
  privateKeyPath: process.env.WORKFRONT_PRIVATE_KEY_PATH ?? 'workfront/keys/private.key',
};

export const frameio = {
  token: env('FRAMEIO_TOKEN'),
  webhookSecret: env('FRAMEIO_WEBHOOK_SECRET'),
};

export const port = z.coerce.number().default(8080).parse(process.env.PORT);
