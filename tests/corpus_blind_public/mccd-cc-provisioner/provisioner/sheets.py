"""Request sheet (Google Form responses) access via a Google Workspace service account."""
import gspread
from google.oauth2 import service_account

SCOPES = [
    "https://www.googleapis.com/auth/spreadsheets",
    "https://www.googleapis.com/auth/drive.readonly",
]


def open_requests(settings):
    creds = service_account.Credentials.from_service_account_file(settings.google_sa_file, scopes=SCOPES)
    creds = creds.with_subject("edtech-automation@mccd.edu")
    gc = gspread.authorize(creds)
    return gc.open_by_key(settings.sheet_key).worksheet("Form Responses 1")


def pending(ws):
    rows = ws.get_all_records()
    for idx, row in enumerate(rows, start=2):
        if row.get("Approved") == "Yes" and not row.get("Provisioned"):
            yield idx, row


def mark_done(ws, row_index, note="ok"):
    ws.update_cell(row_index, 9, note)
