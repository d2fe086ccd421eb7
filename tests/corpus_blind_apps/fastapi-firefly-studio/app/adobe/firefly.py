import httpx

from app.adobe.s2s import ServiceToken
from app.settings import Settings

FIREFLY = "https://firefly-api.adobe.io"
PHOTOSHOP = "https://image.adobe.io"


class CreativeApis:
    def __init__(self, settings: Settings, tokens: ServiceToken, http: httpx.AsyncClient):
        self._settings = settings
        self._tokens = tokens
        self._http = http

    async def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {await self._tokens.get()}",
            "x-api-key": self._settings.adobe_client_id,
            "Content-Type": "application/json",
        }

    async def generate(self, prompt: str, n: int = 2, size: str = "2048x2048") -> dict:
        width, height = (int(x) for x in size.split("x"))
        body = {"prompt": prompt, "numVariations": n, "size": {"width": width, "height": height},
                "contentClass": "photo"}
        resp = await self._http.post(f"{FIREFLY}/v3/images/generate", json=body, headers=await self._headers())
        resp.raise_for_status()
        return resp.json()

    async def remove_background(self, input_url: str, output_url: str) -> dict:
        body = {"input": {"href": input_url, "storage": "external"},
                "output": {"href": output_url, "storage": "external", "overwrite": True}}
        resp = await self._http.post(f"{PHOTOSHOP}/sensei/cutout", json=body, headers=await self._headers())
        resp.raise_for_status()
        return resp.json()
