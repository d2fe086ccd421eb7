import logging

import requests

from . import settings
from .ims_auth import get_access_token

log = logging.getLogger(__name__)


class AnalyticsClient:
    def __init__(self, session=None):
        self.session = session or requests.Session()

    def _headers(self):
        return {
            "Authorization": f"Bearer {get_access_token()}",
            "x-api-key": settings.CLIENT_ID,
            "x-proxy-global-company-id": settings.GLOBAL_COMPANY_ID,
            "Accept": "application/json",
        }

    def send_batch(self, events):
        resp = self.session.post(
            settings.BDIA_ENDPOINT,
            headers={**self._headers(), "x-adobe-vgid": "acme-offline-orders"},
            json={"events": events, "reportSuiteId": settings.REPORT_SUITE},
            timeout=60,
        )
        if resp.status_code == 401:
            log.warning("401 from BDIA, refreshing token once")
            get_access_token(force=True)
            resp = self.session.post(settings.BDIA_ENDPOINT, headers=self._headers(),
                                     json={"events": events}, timeout=60)
        resp.raise_for_status()
        return resp.json()
