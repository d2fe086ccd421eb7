// Weekly partner usage export to Google Sheets with a service account.
import { JWT } from 'google-auth-library';
import { google } from 'googleapis';

const sa = JSON.parse(process.env.GOOGLE_SA_JSON ?? '{}');

const client = new JWT({
  email: sa.client_email,
  key: sa.private_key,
  scopes: ['https://www.googleapis.com/auth/spreadsheets'],
});

export async function appendUsage(rows: (string | number)[][]) {
  const sheets = google.sheets({ version: 'v4', auth: client });
  await sheets.spreadsheets.values.append({
    spreadsheetId: process.env.USAGE_SHEET_ID!,
    range: 'usage!A1',
    valueInputOption: 'RAW',
    requestBody: { values: rows },
  });
}
