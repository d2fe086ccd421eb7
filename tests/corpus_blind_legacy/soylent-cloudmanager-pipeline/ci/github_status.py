#!/usr/bin/env python3
"""Posts the Cloud Manager execution status back to GitHub Enterprise as a commit status.

Authenticates as the GitHub App "soylent-cm-bot" (app JWT -> installation token).
"""
import os
import sys
import time

import jwt
import requests

GHE_API = "https://github.soylent.local/api/v3"


def app_jwt():
    now = int(time.time())
    payload = {"iat": now - 60, "exp": now + 540, "iss": os.environ["GH_APP_ID"]}
    with open(os.environ["GH_APP_KEY_FILE"]) as fh:
        return jwt.encode(payload, fh.read(), algorithm="RS256")


def installation_token():
    headers = {"Authorization": "Bearer " + app_jwt(), "Accept": "application/vnd.github+json"}
    inst = os.environ["GH_APP_INSTALLATION_ID"]
    r = requests.post(f"{GHE_API}/app/installations/{inst}/access_tokens", headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()["token"]


def main(repo, sha, state, url):
    r = requests.post(
        f"{GHE_API}/repos/{repo}/statuses/{sha}",
        headers={"Authorization": "token " + installation_token()},
        json={"state": state, "target_url": url, "context": "cloud-manager"},
        timeout=30,
    )
    r.raise_for_status()


if __name__ == "__main__":
    main(*sys.argv[1:5])
