import { request } from 'undici';
import { workfront } from '../config.js';
import { getWorkfrontToken } from './auth.js';

const API = () => `https://${workfront.host}/attask/api/v17.0`;

export async function addTaskNote(taskId: string, text: string): Promise<void> {
  const token = await getWorkfrontToken();
  const res = await request(`${API()}/note`, {
    method: 'POST',
    headers: { sessionID: token, 'content-type': 'application/json' },
    body: JSON.stringify({ noteObjCode: 'TASK', objID: taskId, noteText: text }),
  });
  if (res.statusCode >= 300) {
    throw new Error(`Workfront note failed: ${res.statusCode}`);
  }
}

export async function setTaskStatus(taskId: string, status: 'INP' | 'CPL' | 'RVW'): Promise<void> {
  const token = await getWorkfrontToken();
  await request(`${API()}/task/${taskId}?status=${status}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}` },
  });
}
