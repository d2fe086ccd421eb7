"""Shared connection helpers for the CJA / AEP notebooks.

Config file is the OAuth Server-to-Server JSON (see config.example.json);
copy it to ~/.config/cja/config.json.
"""
import os
from pathlib import Path

import aepp
import cjapy

CONFIG = Path(os.environ.get("CJA_CONFIG", Path.home() / ".config" / "cja" / "config.json"))


def aep(sandbox="prod"):
    cfg = aepp.importConfigFile(str(CONFIG), connectInstance=True, sandbox=sandbox)
    return cfg


def cja():
    cjapy.importConfigFile(str(CONFIG))
    return cjapy.CJA()


def new_config_template(path="config.example.json"):
    # auth_type oauthV2 = OAuth Server-to-Server credential
    aepp.createConfigFile(destination=path, auth_type="oauthV2", sandbox="prod")
