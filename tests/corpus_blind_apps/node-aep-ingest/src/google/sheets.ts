// Reads the manual price-override sheet maintained by merchandising.
// Google service account (JWT bearer via google-auth-library) -- not Adobe.
import { google } from 'googleapis';
import { readFileSync } from 'fs';

const SCOPES = ['https://www.googleapis.com/auth/spreadsheets.readonly'];

export async function readOverrides(spreadsheetId: string): Promise<string[][]> {
  const sa = JSON.parse(readFileSync(process.env.GOOGLE_SA_KEY_FILE ?? 'secrets/sheets-reader.json', 'utf8'));
  const auth = new google.auth.JWT({
    email: sa.client_email,
    key: sa.private_key,
    scopes: SCOPES,
  });
  await auth.authorize();
  const sheets = google.sheets({ version: 'v4', auth });
  const res = await sheets.spreadsheets.values.get({ spreadsheetId, range: 'Overrides!A2:D' });
  return (res.data.values as string[][]) ?? [];
}
