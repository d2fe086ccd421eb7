"""Secrets Manager rotation for the Adobe OAuth Server-to-Server client secret.

Uses the I/O Management API secret endpoints (only exist for OAuth S2S credentials).
"""
import json
import os
import urllib.parse
import urllib.request

import boto3

SECRETS_URL = "https://api.adobe.io/console/organizations/{org}/credentials/{cred}/secrets"
sm = boto3.client("secretsmanager")


def _token(cfg):
    body = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": cfg["CLIENT_ID"],
        "client_secret": cfg["CLIENT_SECRETS"][0],
        "scope": ",".join(cfg["SCOPES"]),
    }).encode()
    with urllib.request.urlopen(urllib.request.Request(cfg["TOKEN_URL"], data=body), timeout=20) as r:
        return json.load(r)["access_token"]


def _call(method, url, token, client_id, payload=None):
    req = urllib.request.Request(url, method=method, data=payload, headers={
        "Authorization": f"Bearer {token}",
        "x-api-key": client_id,
        "Content-Type": "application/json",
    })
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r) if r.length else None


def lambda_handler(event, _ctx):
    arn, step = event["SecretId"], event["Step"]
    cfg = json.loads(sm.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")["SecretString"])
    url = SECRETS_URL.format(org=cfg["ORG_ID"].split("@")[0], cred=os.environ["ADOBE_CREDENTIAL_ID"])
    if step == "createSecret":
        token = _token(cfg)
        new = _call("POST", url, token, cfg["CLIENT_ID"])
        cfg["CLIENT_SECRETS"] = [new["client_secret"], cfg["CLIENT_SECRETS"][0]]
        sm.put_secret_value(SecretId=arn, ClientRequestToken=event["ClientRequestToken"],
                            SecretString=json.dumps(cfg), VersionStages=["AWSPENDING"])
    elif step == "finishSecret":
        # drop the old secret once consumers have picked up the new one
        pass
