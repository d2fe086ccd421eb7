#!/usr/bin/env python3
"""Append a row of weekly KPIs to the MOPS KPIs sheet (Google service account)."""
import datetime
import json
import os
import sys

from google.oauth2 import service_account
from googleapiclient.discovery import build

SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]


def main():
    creds = service_account.Credentials.from_service_account_file(
        os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", "google/sheets-exporter-sa.json"), scopes=SCOPES)
    sheets = build("sheets", "v4", credentials=creds, cache_discovery=False)
    kpis = json.load(sys.stdin)
    row = [datetime.date.today().isoformat(), kpis["mql"], kpis["sql"], kpis["webinar_attendees"], kpis["unsubscribes"]]
    sheets.spreadsheets().values().append(
        spreadsheetId=os.environ["KPI_SHEET_ID"], range="Weekly!A:E",
        valueInputOption="USER_ENTERED", body={"values": [row]}).execute()


if __name__ == "__main__":
    main()
