import 'dotenv/config';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
}

export const config = {
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  adobe: {
    clientId: required('BP_ADOBE_CLIENT_ID'),
    clientSecret: required('BP_ADOBE_CLIENT_SECRET'),
    orgId: required('BP_ADOBE_ORG_ID'),
    technicalAccountId: required('BP_ADOBE_TECH_ACCOUNT_ID'),
    privateKeyPath: process.env.BP_ADOBE_PRIVATE_KEY_PATH ?? './secrets/private.key',
    metaScopes: (process.env.BP_ADOBE_METASCOPES ?? 'ent_documentcloud_sdk').split(','),
  },
  pdfServicesBase: `https://pdf-services-${process.env.BP_PDF_REGION ?? 'ue1'}.adobe.io`,
};
