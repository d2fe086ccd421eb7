#!/usr/bin/env python3
"""Print a signed service account JWT for ops/scripts/get-token.sh (prod only)."""
import os
import sys
import time

import jwt

IMS = "https://ims-na1.adobelogin.com"

key_path = os.environ.get("ADOBE_PRIVATE_KEY_FILE", "ops/legacy-console/private.key")
claims = {
    "exp": int(time.time()) + 300,
    "iss": os.environ["ADOBE_ORG_ID"],
    "sub": os.environ["ADOBE_TECHNICAL_ACCOUNT_ID"],
    "aud": f"{IMS}/c/{os.environ['ADOBE_CLIENT_ID']}",
    f"{IMS}/s/ent_ccas_sdk": True,
}
with open(key_path) as fh:
    sys.stdout.write(jwt.encode(claims, fh.read(), algorithm="RS256"))
