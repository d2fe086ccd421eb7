"""Code is never rewritten: files in a programming language that show JWT markers get a pointer to the
migration plan for their language instead of a diff."""
from __future__ import annotations

import os
import re

CODE_LANGUAGES: dict[str, str] = {
    ".py": "python", ".js": "node", ".mjs": "node", ".cjs": "node", ".ts": "node", ".tsx": "node",
    ".jsx": "node", ".java": "java", ".kt": "java", ".scala": "java", ".groovy": "java", ".cs": "dotnet",
    ".php": "php", ".go": "go", ".rb": "ruby", ".sh": "shell", ".bash": "shell", ".zsh": "shell",
    ".ps1": "powershell", ".swift": "other", ".rs": "other",
}

_MARKERS = re.compile(
    r"ims/exchange/(?:v1/)?jwt|adobelogin\.com/[cs]/|/s/ent_[a-z_]+_sdk|@adobe/jwt-auth|aio-lib-ims-jwt"
    r"|\bJwtContext\b|\bJWTAuth\b|serviceAccountCredentialsBuilder|\bServiceAccountCredentials\b"
    r"|exchangeJwtToken|\bmeta_?scopes\b|\bmetaScopes\b",
    re.I,
)

POINTERS: dict[str, str] = {
    "python": "replace the JWT signing + /ims/exchange/jwt call with a POST to /ims/token/v3 "
              "(grant_type=client_credentials, client_id, client_secret, scope); umapi-client: OAuthS2S; "
              "PDF Services: ServicePrincipalCredentials; drop expires_in / 1000",
    "node": "use @adobe/aio-lib-ims >= 6.4 with an OAuth S2S context (client_secrets, scopes) or a fetch POST "
            "to /ims/token/v3; drop @adobe/jwt-auth / jsonwebtoken if only used for Adobe; PDF Services: "
            "ServicePrincipalCredentials",
    "java": "aio-lib-java >= 1.1: OAuthContext instead of JwtContext; otherwise a form POST to /ims/token/v3 "
            "or Spring Security client credentials",
    "dotnet": "replace Jose.JWT.Encode + /ims/exchange/jwt/ with a form POST to /ims/token/v3",
    "php": "replace the JWT provider + /ims/exchange/jwt/ with a form POST to /ims/token/v3",
    "shell": "curl -X POST https://ims-na1.adobelogin.com/ims/token/v3 with grant_type=client_credentials, "
             "client_id, client_secret, scope; drop the openssl/JWT steps",
}
_DEFAULT = "replace the JWT exchange with a client-credentials POST to https://ims-na1.adobelogin.com/ims/token/v3"


def language(path: str) -> str | None:
    """The language of a code file, or None when the file is not code."""
    return CODE_LANGUAGES.get(os.path.splitext(path)[1].lower())


def plan(path: str, text: str) -> str | None:
    """The migration pointer for a code file with JWT markers; None when there is nothing to say."""
    lang = language(path)
    if lang is None or not _MARKERS.search(text):
        return None
    return (f"code is not rewritten: see the migration plan (`jwt-audit plan`); "
            f"{lang}: {POINTERS.get(lang, _DEFAULT)}")
