import logging

from django.conf import settings
from django.core.cache import cache

from syncbridge.flags import adobe_oauth_enabled_for

from ..models import AdobeCredential
from . import jwt_exchange, oauth_s2s

log = logging.getLogger(__name__)


def _use_oauth(cred: AdobeCredential) -> bool:
    return cred.auth_mode == AdobeCredential.AuthMode.OAUTH_S2S and adobe_oauth_enabled_for(cred.tenant.slug)


def get_access_token(cred: AdobeCredential) -> str:
    key = f"{settings.ADOBE_TOKEN_CACHE_PREFIX}{cred.tenant_id}:{cred.auth_mode}"
    token = cache.get(key)
    if token:
        return token

    if _use_oauth(cred):
        token, ttl = oauth_s2s.fetch_token(cred)
    else:
        if cred.auth_mode == AdobeCredential.AuthMode.OAUTH_S2S:
            log.info("tenant %s asked for OAuth S2S but the flag is off; using JWT", cred.tenant.slug)
        token, ttl = jwt_exchange.fetch_token(cred)

    cache.set(key, token, max(ttl - settings.ADOBE_TOKEN_REFRESH_MARGIN, 60))
    return token


def analytics_headers(cred: AdobeCredential) -> dict:
    return {
        "Authorization": f"Bearer {get_access_token(cred)}",
        "x-api-key": cred.client_id,
        "x-proxy-global-company-id": cred.report_suite_id,
    }
