"""Acrobat Sign webhook endpoint. Acrobat Sign proves the call by sending our client id, which we echo."""
from fastapi import APIRouter, HTTPException, Request, Response

from app.settings import settings

router = APIRouter()


@router.get("/webhooks/acrobat-sign")
async def verify_intent(request: Request, response: Response):
    client_id = request.headers.get("x-adobesign-clientid")
    if client_id != settings.acrobat_sign_client_id:
        raise HTTPException(status_code=401)
    response.headers["X-AdobeSign-ClientId"] = client_id
    return {"xAdobeSignClientId": client_id}


@router.post("/webhooks/acrobat-sign")
async def receive(request: Request, response: Response):
    client_id = request.headers.get("x-adobesign-clientid")
    if client_id != settings.acrobat_sign_client_id:
        raise HTTPException(status_code=401)
    event = await request.json()
    # queued for the worker; see app/workers/agreements.py
    request.app.state.queue.put_nowait(event)
    response.headers["X-AdobeSign-ClientId"] = client_id
    return {"xAdobeSignClientId": client_id}
