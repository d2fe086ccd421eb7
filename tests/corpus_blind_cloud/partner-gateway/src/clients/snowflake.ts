import { readFileSync } from 'node:fs';
import snowflake from 'snowflake-sdk';

export const pool = snowflake.createPool(
  {
    account: 'acme-xy12345',
    username: 'SVC_PARTNER_GATEWAY',
    authenticator: 'SNOWFLAKE_JWT',
    privateKey: readFileSync(process.env.SNOWFLAKE_PRIVATE_KEY_PATH!, 'utf8'),
    warehouse: 'SERVING_WH',
    database: 'PRODUCTS',
    schema: 'PUBLIC',
    role: 'PARTNER_READER',
  },
  { max: 10, min: 1 },
);
