"""Teams chat notifications to instructors (Microsoft Graph, app-only)."""
import os

import msal
import requests

_app = None


def _msal():
    global _app
    if _app is None:
        _app = msal.ConfidentialClientApplication(
            client_id=os.environ["GRAPH_CLIENT_ID"],
            client_credential=os.environ["GRAPH_CLIENT_SECRET"],
            authority=f"https://login.microsoftonline.com/{os.environ['GRAPH_TENANT_ID']}",
        )
    return _app


def graph_token():
    result = _msal().acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    if "access_token" not in result:
        raise RuntimeError(result.get("error_description"))
    return result["access_token"]


def notify_instructor(chat_id, text):
    requests.post(f"https://graph.microsoft.com/v1.0/chats/{chat_id}/messages",
                  json={"body": {"content": text}},
                  headers={"Authorization": f"Bearer {graph_token()}"}, timeout=20).raise_for_status()
