import { z } from 'zod';

export const env = z
  .object({
    PORT: z.coerce.number().default(8080),
    DATABASE_URL: z.string().url(),
    REDIS_URL: z.string().url(),
    ADOBE_CLIENT_ID: z.string(),
    ADOBE_CLIENT_SECRET: z.string(),
    ADOBE_ORG_ID: z.string(),
    ADOBE_TECH_ACCOUNT_ID: z.string(),
    ADOBE_META_SCOPES: z.string(),
    ADOBE_PRIVATE_KEY_PATH: z.string(),
    FIREFLY_CLIENT_ID: z.string(),
    FIREFLY_CLIENT_SECRET: z.string(),
    FIREFLY_SCOPES: z.string(),
    ADOBE_SIGNIN_CLIENT_ID: z.string(),
    ADOBE_SIGNIN_REDIRECT_URI: z.string().url(),
    SESSION_SECRET: z.string().min(32),
  })
  .parse(process.env);
