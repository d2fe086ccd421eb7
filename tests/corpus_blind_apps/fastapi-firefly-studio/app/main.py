import httpx
from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware

from app.adobe.firefly import CreativeApis
from app.adobe.s2s import ServiceToken
from app.auth.adobe_login import router as login_router
from app.settings import get_settings

settings = get_settings()
app = FastAPI(title="Firefly Studio")
app.add_middleware(SessionMiddleware, secret_key=settings.studio_session_secret.get_secret_value())
app.include_router(login_router)

_http = httpx.AsyncClient(timeout=60)
apis = CreativeApis(settings, ServiceToken(settings, _http), _http)


@app.post("/api/generate")
async def generate(prompt: str, n: int = 2):
    return await apis.generate(prompt, n)
