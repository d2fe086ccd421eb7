import axios from 'axios';
import pino from 'pino';
import { settings, IMS_BASE } from '../config';
import type { TokenResult } from './types';

const log = pino({ name: 'ims-s2s' });
const TOKEN_PATH = '/ims/token/v3';

export async function fetchS2SToken(): Promise<TokenResult> {
  const form = new URLSearchParams();
  form.set('grant_type', 'client_credentials');
  form.set('client_id', settings.clientId);
  form.set('client_secret', settings.clientSecret);
  form.set('scope', settings.scopes.join(','));

  const { data } = await axios.post(`${IMS_BASE}${TOKEN_PATH}`, form, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    timeout: 15_000,
  });
  log.info({ expiresIn: data.expires_in }, 'obtained S2S token');
  return { accessToken: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
}
