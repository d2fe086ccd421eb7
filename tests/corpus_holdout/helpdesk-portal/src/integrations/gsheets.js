// Daily SLA export to a Google Sheet using a GCP service account.
const { google } = require('googleapis')

async function appendRows (rows) {
  const auth = new google.auth.GoogleAuth({
    keyFile: process.env.GOOGLE_APPLICATION_CREDENTIALS || 'config/gcp-service-account.json',
    scopes: ['https://www.googleapis.com/auth/spreadsheets']
  })
  const sheets = google.sheets({ version: 'v4', auth })
  await sheets.spreadsheets.values.append({
    spreadsheetId: process.env.SLA_SHEET_ID,
    range: 'SLA!A1',
    valueInputOption: 'RAW',
    requestBody: { values: rows }
  })
}

module.exports = { appendRows }
