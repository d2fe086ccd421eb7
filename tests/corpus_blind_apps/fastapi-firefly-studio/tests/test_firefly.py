import httpx
import pytest
import respx

from app.adobe.firefly import CreativeApis


class FakeTokens:
    async def get(self):
        return "fake-token"


class FakeSettings:
    adobe_client_id = "test-client"


@pytest.mark.asyncio
@respx.mock
async def test_generate_sends_prompt():
    route = respx.post("https://firefly-api.adobe.io/v3/images/generate").mock(
        return_value=httpx.Response(200, json={"outputs": [{"seed": 1}]}))
    async with httpx.AsyncClient() as http:
        apis = CreativeApis(FakeSettings(), FakeTokens(), http)
        result = await apis.generate("a lighthouse at dusk", n=1)
    assert route.called
    assert route.calls.last.request.headers["x-api-key"] == "test-client"
    assert result["outputs"][0]["seed"] == 1
