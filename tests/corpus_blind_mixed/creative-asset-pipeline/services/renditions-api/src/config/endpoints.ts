// Endpoints shared by the Adobe clients of this service.
export const IMS_BASE_URL = process.env.ACME_IMS_BASE_URL ?? 'https://ims-na1.adobelogin.com';
export const IMS_TOKEN_PATH = '/ims/token/v3';
export const FIREFLY_BASE_URL = process.env.ACME_FIREFLY_BASE_URL ?? 'https://firefly-api.adobe.io';
export const PHOTOSHOP_BASE_URL = 'https://image.adobe.io';
