import asyncio

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from app.auth import session
from app.integrations import adobe_login
from app.webhooks import acrobat_sign as acrobat_sign_webhooks

app = FastAPI(title="Signflow API")
app.include_router(acrobat_sign_webhooks.router)
app.state.queue = asyncio.Queue()


@app.get("/auth/adobe/start")
async def adobe_start():
    url, state = adobe_login.authorize_redirect()
    resp = RedirectResponse(url)
    resp.set_cookie("sf_oauth_state", state, httponly=True, secure=True, samesite="lax")
    return resp


@app.get("/auth/adobe/callback")
async def adobe_callback(code: str, state: str):
    profile = await adobe_login.exchange_code(code)
    user = profile["userinfo"]
    token = session.issue(user_id=user["sub"], org_id=user.get("ownerOrg", ""), idp="adobe")
    resp = RedirectResponse("/app")
    resp.set_cookie("sf_session", token, httponly=True, secure=True, samesite="lax")
    return resp
