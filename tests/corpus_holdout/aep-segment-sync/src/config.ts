import 'dotenv/config';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing env var ${name}`);
  return v;
}

export const IMS_BASE = process.env.ADOBE_IMS_BASE ?? 'https://ims-na1.adobelogin.com';

export const settings = {
  clientId: required('ADOBE_CLIENT_ID'),
  clientSecret: required('ADOBE_CLIENT_SECRET'),
  orgId: required('ADOBE_ORG_ID'),
  sandbox: process.env.AEP_SANDBOX ?? 'prod',
  authMode: (process.env.ADOBE_AUTH_MODE ?? 'jwt') as 'jwt' | 's2s',
  scopes: (process.env.ADOBE_SCOPES ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  technicalAccountId: process.env.ADOBE_TECHNICAL_ACCOUNT_ID,
  privateKeyPath: process.env.ADOBE_PRIVATE_KEY_PATH,
  metaScopes: process.env.ADOBE_META_SCOPES,
};
