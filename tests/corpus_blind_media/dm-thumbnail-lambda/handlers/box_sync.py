"""Copy approved masters from the Box enterprise archive (Client Credentials Grant)."""
import os

import boto3
import requests

BOX_TOKEN_URL = "https://api.box.com/oauth2/token"
BOX_API = "https://api.box.com/2.0"
APPROVED_FOLDER_ID = "247511877"
s3 = boto3.client("s3")


def box_token() -> str:
    resp = requests.post(
        BOX_TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": os.environ["BOX_CLIENT_ID"],
            "client_secret": os.environ["BOX_CLIENT_SECRET"],
            "box_subject_type": "enterprise",
            "box_subject_id": os.environ["BOX_ENTERPRISE_ID"],
        },
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def handler(_event, _context):
    token = box_token()
    headers = {"Authorization": f"Bearer {token}"}
    items = requests.get(f"{BOX_API}/folders/{APPROVED_FOLDER_ID}/items", headers=headers,
                         params={"limit": 1000, "fields": "id,name,type"}, timeout=20).json()["entries"]
    copied = 0
    for item in items:
        if item["type"] != "file":
            continue
        blob = requests.get(f"{BOX_API}/files/{item['id']}/content", headers=headers, timeout=120).content
        s3.put_object(Bucket="nw-dam-incoming", Key=f"hero/{item['name']}", Body=blob)
        copied += 1
    return {"copied": copied}
