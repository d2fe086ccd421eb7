import 'dotenv/config';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing env ${name}`);
  return value;
}

export const adobe = {
  clientId: required('ADOBE_CLIENT_ID'),
  clientSecret: required('ADOBE_CLIENT_SECRET'),
  orgId: required('ADOBE_ORG_ID'),
  technicalAccountId: required('ADOBE_TECHNICAL_ACCOUNT_ID'),
  metaScopes: (process.env.ADOBE_META_SCOPES ?? 'ent_dataservices_sdk').split(','),
  privateKey: required('ADOBE_PRIVATE_KEY').replace(/\\n/g, '\n'),
  ims: process.env.ADOBE_IMS_HOST ?? 'https://ims-na1.adobelogin.com',
};

export const aep = {
  sandbox: process.env.AEP_SANDBOX ?? 'prod',
  datasetId: required('AEP_DATASET_ID'),
  inletUrl: required('AEP_STREAMING_INLET'),
  platformUrl: 'https://platform.adobe.io',
};

export const session = {
  secret: required('SESSION_JWT_SECRET'),
  ttl: '12h',
};
