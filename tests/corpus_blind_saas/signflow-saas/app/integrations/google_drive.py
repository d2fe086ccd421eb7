"""Files signed agreements into the customer's shared drive with a Google service account."""
from google.oauth2 import service_account
from googleapiclient.discovery import build
from googleapiclient.http import MediaInMemoryUpload

from app.settings import settings

SCOPES = ["https://www.googleapis.com/auth/drive.file"]


def drive_client(subject: str | None = None):
    creds = service_account.Credentials.from_service_account_file(settings.google_service_account_file, scopes=SCOPES)
    if subject:
        creds = creds.with_subject(subject)  # domain-wide delegation
    return build("drive", "v3", credentials=creds, cache_discovery=False)


def upload_pdf(folder_id: str, name: str, data: bytes, subject: str | None = None) -> str:
    media = MediaInMemoryUpload(data, mimetype="application/pdf")
    meta = {"name": name, "parents": [folder_id]}
    return drive_client(subject).files().create(body=meta, media_body=media, fields="id", supportsAllDrives=True).execute()["id"]
