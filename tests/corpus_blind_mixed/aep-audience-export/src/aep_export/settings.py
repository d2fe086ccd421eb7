"""Runtime settings, read from config/aep.ini with environment overrides."""
from __future__ import annotations

import configparser
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_cfg = configparser.ConfigParser()
_cfg.read(os.environ.get("AEP_EXPORT_CONFIG", ROOT / "config" / "aep.ini"))

IMS_HOST = os.environ.get("AEP_IMS_HOST", _cfg["ims"]["host"]).rstrip("/")
EXCHANGE_URL = IMS_HOST + _cfg["ims"]["exchange_path"]
ORG_ID = _cfg["ims"]["org_id"]
CLIENT_ID = os.environ.get("AEP_CLIENT_ID", _cfg["ims"]["client_id"])
CLIENT_SECRET = os.environ.get("AEP_CLIENT_SECRET", "")
TECHNICAL_ACCOUNT_ID = _cfg["ims"]["technical_account_id"]
METASCOPES = [m.strip() for m in _cfg["ims"]["metascopes"].split(",") if m.strip()]
PRIVATE_KEY_PATH = Path(os.environ.get("AEP_PRIVATE_KEY_PATH", ROOT / _cfg["ims"]["private_key_path"]))
TOKEN_LIFETIME = _cfg["ims"].getint("token_lifetime_seconds", 1800)

PLATFORM_URL = _cfg["platform"]["base_url"]
SANDBOX = os.environ.get("AEP_SANDBOX", _cfg["platform"]["sandbox"])
PAGE_SIZE = _cfg["platform"].getint("page_size", 100)

BUCKET = _cfg["export"]["bucket"]
PREFIX = _cfg["export"]["prefix"]
