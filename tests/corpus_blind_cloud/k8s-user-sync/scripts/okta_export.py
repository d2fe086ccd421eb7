"""Export Okta group membership with an Okta service app (client credentials,
private_key_jwt). Used to double-check what UST will sync."""
import os
import time
import uuid

import jwt
import requests

OKTA = "https://acme.okta.com"
CLIENT_ID = os.environ["OKTA_SERVICE_CLIENT_ID"]


def okta_token() -> str:
    with open(os.environ["OKTA_SERVICE_KEY_PATH"], "rb") as fh:
        key = fh.read()
    now = int(time.time())
    assertion = jwt.encode(
        {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": f"{OKTA}/oauth2/v1/token",
         "iat": now, "exp": now + 300, "jti": str(uuid.uuid4())},
        key,
        algorithm="RS256",
        headers={"kid": "user-sync-export-2025"},
    )
    resp = requests.post(
        f"{OKTA}/oauth2/v1/token",
        data={
            "grant_type": "client_credentials",
            "scope": "okta.groups.read okta.users.read",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": assertion,
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def main() -> None:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {okta_token()}"
    groups = s.get(f"{OKTA}/api/v1/groups", params={"q": "adobe-"}, timeout=30).json()
    for g in groups:
        members = s.get(f"{OKTA}/api/v1/groups/{g['id']}/users", timeout=30).json()
        print(g["profile"]["name"], len(members))


if __name__ == "__main__":
    main()
