import logging
import os

import requests

from .ims import TokenProvider

log = logging.getLogger(__name__)

PLATFORM = "https://platform.adobe.io"


class ProfileSync:
    def __init__(self, tokens: TokenProvider, inlet_url: str = None):
        self.tokens = tokens
        self.inlet_url = inlet_url or os.environ["NW_AEP_STREAMING_INLET"]

    def push(self, profile: dict) -> None:
        resp = requests.post(
            self.inlet_url,
            headers={**self.tokens.headers(), "Content-Type": "application/json"},
            json={
                "header": {"datasetId": os.environ["NW_AEP_DATASET_ID"]},
                "body": {"xdmEntity": profile},
            },
            timeout=30,
        )
        resp.raise_for_status()

    def segment_jobs(self, limit: int = 20):
        resp = requests.get(f"{PLATFORM}/data/core/ups/segment/jobs",
                            headers=self.tokens.headers(), params={"limit": limit}, timeout=30)
        resp.raise_for_status()
        return resp.json().get("children", [])
