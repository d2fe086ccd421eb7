"""Rotate the OAuth Server-to-Server client secret of the provisioner credential.

Adds a new secret, prints it once (paste it into the GitHub secret UMAPI_CLIENT_SECRET),
then, after you confirm, deletes the old one. Needs the I/O Management API on the project.
"""
import os
import sys

import requests

IMS_TOKEN = "https://ims-na1.adobelogin.com/ims/token/v3"
CONSOLE_SCOPES = "AdobeID,openid,read_organizations,additional_info.projectedProductContext,additional_info.roles,adobeio_api,read_client_secret,manage_client_secrets"
SECRETS_URL = "https://api.adobe.io/console/organizations/{org}/credentials/{cred}/secrets"


def token(client_id, client_secret):
    r = requests.post(IMS_TOKEN, data={
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
        "scope": CONSOLE_SCOPES,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def main():
    client_id = os.environ["UMAPI_CLIENT_ID"]
    old_secret = os.environ["UMAPI_CLIENT_SECRET"]
    org = os.environ["CONSOLE_ORG_ID"]          # numeric org id from the Console URL
    cred = os.environ["CONSOLE_CREDENTIAL_ID"]
    headers = {"Authorization": f"Bearer {token(client_id, old_secret)}", "x-api-key": client_id}
    url = SECRETS_URL.format(org=org, cred=cred)

    existing = requests.get(url, headers=headers, timeout=30).json()
    if len(existing.get("client_secrets", [])) >= 2:
        sys.exit("Two secrets already exist; delete the unused one in the Console first.")

    new = requests.post(url, headers=headers, timeout=30).json()
    print("New client secret (shown once):", new["client_secret"])
    input("Update UMAPI_CLIENT_SECRET in GitHub, run the workflow once, then press Enter to delete the old secret...")
    for s in existing.get("client_secrets", []):
        requests.delete(f"{url}/{s['uuid']}", headers=headers, timeout=30).raise_for_status()
        print("deleted", s["uuid"])


if __name__ == "__main__":
    main()
