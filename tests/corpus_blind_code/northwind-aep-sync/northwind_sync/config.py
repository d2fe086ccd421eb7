import json
import os
from dataclasses import dataclass
from typing import Optional, Tuple

DEFAULT_SCOPES = "openid,session,AdobeID,read_organizations,additional_info.projectedProductContext"


@dataclass(frozen=True)
class AdobeCredentials:
    client_id: str
    client_secret: str
    org_id: str
    scopes: Tuple[str, ...]
    sandbox: str = "prod"

    @classmethod
    def from_env(cls) -> "AdobeCredentials":
        raw_scopes = os.environ.get("NW_AEP_SCOPES", DEFAULT_SCOPES)
        return cls(
            client_id=os.environ["NW_AEP_CLIENT_ID"],
            client_secret=os.environ["NW_AEP_CLIENT_SECRET"],
            org_id=os.environ["NW_AEP_ORG_ID"],
            scopes=tuple(s.strip() for s in raw_scopes.split(",") if s.strip()),
            sandbox=os.environ.get("NW_AEP_SANDBOX", "prod"),
        )

    @classmethod
    def from_console_json(cls, path: str, sandbox: Optional[str] = None) -> "AdobeCredentials":
        """Read the JSON downloaded from the Developer Console credential page."""
        with open(path, encoding="utf-8") as fh:
            data = {k.upper(): v for k, v in json.load(fh).items()}
        return cls(
            client_id=data["CLIENT_ID"],
            client_secret=data["CLIENT_SECRETS"][0],
            org_id=data["ORG_ID"],
            scopes=tuple(data["SCOPES"]),
            sandbox=sandbox or "prod",
        )
