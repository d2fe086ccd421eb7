"""Upload renders to GCS. Google service account key -- not Adobe."""
from google.cloud import storage
from google.oauth2 import service_account

from app.settings import get_settings

_SCOPES = ["https://www.googleapis.com/auth/devstorage.read_write"]


def bucket():
    s = get_settings()
    creds = service_account.Credentials.from_service_account_file(s.google_sa_file, scopes=_SCOPES)
    return storage.Client(credentials=creds, project=creds.project_id).bucket(s.gcs_bucket)


def signed_put_url(name: str) -> str:
    return bucket().blob(name).generate_signed_url(version="v4", expiration=900, method="PUT")
