import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().default(8080),
  ADOBE_IMS_HOST: z.string().url().default('https://ims-na1.adobelogin.com'),
  ADOBE_ORG_ID: z.string().endsWith('@AdobeOrg'),
  ADOBE_CLIENT_ID: z.string().min(16),
  ADOBE_CLIENT_SECRET: z.string().min(8),
  ADOBE_SCOPES: z.string().default('openid,session,AdobeID,read_organizations,additional_info.projectedProductContext'),
  AEP_SANDBOX: z.string().default('prod'),
  AEP_CONNECTION_ID: z.string().uuid(),
  SESSION_JWT_SECRET: z.string().min(32),
});

const env = Env.parse(process.env);

export const config = {
  port: env.PORT,
  adobe: {
    imsHost: env.ADOBE_IMS_HOST,
    orgId: env.ADOBE_ORG_ID,
    clientId: env.ADOBE_CLIENT_ID,
    clientSecret: env.ADOBE_CLIENT_SECRET,
    scopes: env.ADOBE_SCOPES.split(',').map((s) => s.trim()),
    sandbox: env.AEP_SANDBOX,
    connectionId: env.AEP_CONNECTION_ID,
  },
  session: { secret: new TextEncoder().encode(env.SESSION_JWT_SECRET) },
};
