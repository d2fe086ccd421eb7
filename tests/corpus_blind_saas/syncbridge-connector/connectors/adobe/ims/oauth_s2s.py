"""OAuth Server-to-Server (client credentials) token request."""
import logging

import requests
from django.conf import settings

log = logging.getLogger(__name__)

TOKEN_URL = f"{settings.ADOBE_IMS_HOST}/ims/token/v3"


def fetch_token(cred):
    """Return (access_token, ttl_seconds) for an OAuth S2S tenant."""
    scopes = cred.scope_list() or settings.ADOBE_DEFAULT_S2S_SCOPES
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": cred.client_id,
            "client_secret": cred.client_secret,
            "scope": ",".join(scopes),
        },
        timeout=20,
    )
    if resp.status_code != 200:
        log.warning("IMS token request failed for tenant=%s: %s", cred.tenant_id, resp.text[:300])
        resp.raise_for_status()
    body = resp.json()
    return body["access_token"], int(body["expires_in"])
