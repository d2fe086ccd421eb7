"""Thin wrapper around the Stock search and licensing endpoints."""
from __future__ import annotations

import requests

from .constants import STOCK_API, X_PRODUCT
from .ims import TokenProvider


class StockClient:
    def __init__(self, tokens: TokenProvider, api_key: str):
        self._tokens = tokens
        self._api_key = api_key
        self._http = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "x-api-key": self._api_key,
            "x-product": X_PRODUCT,
            "Authorization": f"Bearer {self._tokens.token()}",
        }

    def search(self, words: str, limit: int = 20) -> list[dict]:
        params = {
            "locale": "en_US",
            "search_parameters[words]": words,
            "search_parameters[limit]": limit,
            "result_columns[]": ["id", "title", "thumbnail_url", "is_licensed"],
        }
        resp = self._http.get(f"{STOCK_API}/Media/1/Search/Files", params=params,
                              headers=self._headers(), timeout=30)
        resp.raise_for_status()
        return resp.json().get("files", [])

    def license(self, content_id: int, license_type: str = "Standard") -> dict:
        resp = self._http.get(
            f"{STOCK_API}/Libraries/1/Content/License",
            params={"content_id": content_id, "license": license_type},
            headers=self._headers(),
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()

    def download_url(self, content_id: int, license_type: str = "Standard") -> str:
        info = self.license(content_id, license_type)
        return info["contents"][str(content_id)]["purchase_details"]["url"]
