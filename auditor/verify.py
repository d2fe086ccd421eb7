"""`jwt-audit verify`: ask IMS whether the OAuth Server-to-Server credential works (and the old JWT one still does)."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from auditor import net
from auditor.credentials import (  # noqa: F401  (re-exported: verify's public API)
    UST_SCOPES,
    Credentials,
    EnvNames,
    JwtCredentials,
    JwtEnvNames,
    jwt_env_names,
    load_credentials,
    load_jwt_credentials,
    split_scopes,
)
from auditor.errors import UsageError

DEFAULT_IMS_URL = "https://ims-na1.adobelogin.com"
TOKEN_PATH = "/ims/token/v3"
JWT_EXCHANGE_PATH = "/ims/exchange/jwt"
JWT_LIFETIME = 300  # seconds, like aio-lib-ims-jwt and @adobe/jwt-auth
METASCOPE_RE = re.compile(r"(?:^|/s/)(ent_[a-z_]+_(?:sdk|api)|event_receiver_api|asset_compute_meta)$")


@dataclass(frozen=True)
class NetOptions:
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 0.5
    sleep: Callable[[float], None] | None = None


@dataclass(frozen=True)
class VerifyResult:
    """What IMS said about one credential. Holds no secret: the token only as a fingerprint."""

    credential: str  # "oauth" or "jwt"
    ok: bool
    endpoint: str
    source: str
    client_id: str
    reachable: bool = True
    status: int | None = None
    error: str | None = None
    message: str = ""
    advice: str = ""
    attempts: int = 0
    token_type: str | None = None
    token_fingerprint: str | None = None
    expires_in: int | None = None  # seconds, also for JWT exchanges (IMS answers those in milliseconds)
    expires_at: dt.datetime | None = None
    scopes_requested: tuple[str, ...] = ()
    scopes_granted: tuple[str, ...] | None = None


@dataclass(frozen=True)
class VerifyRequest:
    """Everything `jwt-audit verify` needs besides the environment and the clock."""

    ims_url: str = DEFAULT_IMS_URL
    allow_hosts: tuple[str, ...] = ()
    config: Path | None = None
    names: EnvNames = field(default_factory=EnvNames)
    jwt_names: JwtEnvNames = field(default_factory=JwtEnvNames)
    check_jwt: bool = False
    net: NetOptions = field(default_factory=NetOptions)


# --- talking to IMS ----------------------------------------------------------------------------------------


def ims_base(ims_url: str) -> str:
    """The IMS base URL without a trailing slash; an endpoint URL given by mistake is a usage error."""
    base = ims_url.strip().rstrip("/")
    if "/ims/" in base + "/":
        raise UsageError(f"--ims-url takes the IMS base URL (like {DEFAULT_IMS_URL}), not an endpoint: {base}")
    return base


def verify_oauth(
    creds: Credentials,
    ims_url: str = DEFAULT_IMS_URL,
    allow_hosts: Iterable[str] = (),
    *,
    now: dt.datetime,
    options: NetOptions | None = None,
) -> VerifyResult:
    """Request a token with the client_credentials grant and say whether, and what, IMS granted."""
    endpoint = ims_base(ims_url) + TOKEN_PATH
    form = {"grant_type": "client_credentials", "client_id": creds.client_id,
            "client_secret": creds.client_secret, "scope": ",".join(creds.scopes)}
    base = VerifyResult("oauth", False, endpoint, creds.source, creds.client_id, scopes_requested=creds.scopes)
    return _exchange(base, form, allow_hosts, now, options or NetOptions(), (creds.client_secret,))


def check_jwt(
    creds: JwtCredentials,
    ims_url: str = DEFAULT_IMS_URL,
    allow_hosts: Iterable[str] = (),
    *,
    now: dt.datetime,
    options: NetOptions | None = None,
) -> VerifyResult:
    """Sign a JWT with the old credential and say whether IMS still exchanges it for a token."""
    base_url = ims_base(ims_url)
    token = sign_jwt(creds, base_url, now)
    form = {"client_id": creds.client_id, "client_secret": creds.client_secret, "jwt_token": token}
    base = VerifyResult("jwt", False, base_url + JWT_EXCHANGE_PATH, creds.source, creds.client_id,
                        scopes_requested=creds.metascopes)
    return _exchange(base, form, allow_hosts, now, options or NetOptions(), (creds.client_secret, token))


def _exchange(
    base: VerifyResult,
    form: Mapping[str, str],
    allow_hosts: Iterable[str],
    now: dt.datetime,
    options: NetOptions,
    secrets: tuple[str, ...],
) -> VerifyResult:
    try:
        resp = net.post_form(base.endpoint, form, timeout=options.timeout, retries=options.retries,
                             backoff=options.backoff, allow_hosts=allow_hosts, sleep=options.sleep)
    except net.NetworkError as exc:
        return replace(base, reachable=False, error="network_error", message=exc.message,
                       advice=_ADVICE["network_error"], attempts=options.retries + 1)
    if resp.status == 200 and resp.body.get("access_token"):
        return _granted(base, resp, now)
    return _refused(base, resp, secrets)


def _granted(base: VerifyResult, resp: net.FormResponse, now: dt.datetime) -> VerifyResult:
    token = str(resp.body["access_token"])
    expires_in = _as_int(resp.body.get("expires_in"))
    if expires_in is not None and base.credential == "jwt":
        expires_in //= 1000  # the JWT exchange answers in milliseconds
    expires_at = now + dt.timedelta(seconds=expires_in) if expires_in is not None else None
    return replace(
        base, ok=True, status=resp.status, attempts=resp.attempts, token_type=str(resp.body.get("token_type") or ""),
        token_fingerprint=fingerprint(token), expires_in=expires_in, expires_at=expires_at,
        scopes_granted=granted_scopes(resp.body, token), advice=_ADVICE["jwt_ok"] if base.credential == "jwt" else "",
    )


def _refused(base: VerifyResult, resp: net.FormResponse, secrets: tuple[str, ...]) -> VerifyResult:
    code = _status_code_name(resp.status) or str(resp.body.get("error") or f"http_{resp.status}")
    said = scrub(str(resp.body.get("error_description") or resp.body.get("error") or ""), secrets)[:300]
    message = said or f"HTTP {resp.status}" + (f" ({resp.content_type})" if resp.content_type else "")
    return replace(base, status=resp.status, attempts=resp.attempts, error=code, message=message,
                   advice=advice_for(base.credential, code, base.scopes_requested))


def _status_code_name(status: int) -> str | None:
    """Throttling and server errors are named by status: their bodies are not IMS error codes."""
    if status == 429:
        return "throttled"
    if status >= 500:
        return "server_error"
    if 300 <= status < 400:
        return "redirect"
    return "unexpected_answer" if status == 200 else None


def _as_int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def fingerprint(secret: str) -> str:
    """How a token is shown: `sha256:` and the first 12 hex digits of its SHA-256."""
    return "sha256:" + hashlib.sha256(secret.encode("utf-8")).hexdigest()[:12]


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with every (non-trivial) secret replaced, in case a server echoes what it was sent."""
    for secret in secrets:
        if len(secret) >= 4:
            text = text.replace(secret, fingerprint(secret))
    return text


def granted_scopes(body: Mapping[str, Any], token: str) -> tuple[str, ...] | None:
    """Scopes from the response's `scope`, else from the access token's `scope` claim; None when neither says."""
    if body.get("scope"):
        return split_scopes(body["scope"])
    claims = decode_claims(token)
    return split_scopes(claims["scope"]) if claims.get("scope") else None


def decode_claims(token: str) -> dict[str, Any]:
    """The payload of a JWT-shaped access token, unverified (only to read what was granted); {} otherwise."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        claims = json.loads(_b64decode(parts[1]))
    except ValueError:
        return {}
    return claims if isinstance(claims, dict) else {}


def sign_jwt(creds: JwtCredentials, ims: str, now: dt.datetime) -> str:
    """The RS256 JWT the exchange expects: exp, iss (org), sub (technical account), aud and metascope claims."""
    claims: dict[str, Any] = {
        "exp": int(now.timestamp()) + JWT_LIFETIME,
        "iss": creds.org_id,
        "sub": creds.technical_account_id,
        "aud": f"{ims}/c/{creds.client_id}",
    }
    claims.update({f"{ims}/s/{metascope}": True for metascope in creds.metascopes})
    signing_input = _b64json({"alg": "RS256", "typ": "JWT"}) + "." + _b64json(claims)
    signature = creds.private_key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    return signing_input + "." + b64encode(signature)


def b64encode(data: bytes) -> str:
    """base64url without padding, as JWTs use it."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64json(obj: object) -> str:
    return b64encode(json.dumps(obj, separators=(",", ":")).encode("utf-8"))


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# --- advice ------------------------------------------------------------------------------------------------

_ADVICE = {
    "oauth:invalid_client": "IMS does not accept this client id and client secret: copy both from the OAuth "
    "Server-to-Server credential in the Developer Console (a rotated or deleted secret stops working at once).",
    "oauth:invalid_scope": "IMS refused the requested scopes: copy the exact scope list from the credential's "
    "overview in the Developer Console.",
    "oauth:unauthorized_client": "this client may not use the client_credentials grant: it is not an OAuth "
    "Server-to-Server credential. Add one to the project in the Developer Console and use its client id.",
    "jwt:invalid_client": "the JWT credential no longer exchanges: it was converted to OAuth Server-to-Server or "
    "deleted (every JWT credential stopped by March 1, 2026), or its client id or secret is wrong.",
    "jwt:invalid_token": "IMS rejected the signed JWT: check the org id (iss), technical account id (sub), "
    "metascopes and the machine's clock (exp).",
    "jwt:invalid_signature": "the JWT signature did not verify: the private key does not match a public "
    "certificate on the credential, or that certificate expired.",
    "jwt:invalid_scope": "IMS refused a metascope: the credential does not have that API (see the Developer Console).",
    "throttled": "IMS is throttling token requests: wait and retry; cache tokens until they expire.",
    "redirect": "IMS answered with a redirect, which is not followed so that no secret goes elsewhere: "
    "check --ims-url.",
    "server_error": "IMS had a server error even after retries: try again later.",
    "network_error": "IMS was not reached, so nothing is known about the credential: check the network, proxy "
    "settings and --ims-url, then try again.",
    "jwt_ok": "the old JWT credential still works: once nothing uses it, delete it in the Developer Console and "
    "remove its private key.",
}


def advice_for(credential: str, code: str, scopes: tuple[str, ...] = ()) -> str:
    """Plain-language next step for an IMS error code."""
    advice = _ADVICE.get(f"{credential}:{code}") or _ADVICE.get(code) or "see IMS's answer above."
    metascopes = [s for s in scopes if METASCOPE_RE.search(s)]
    if credential == "oauth" and code == "invalid_scope" and metascopes:
        advice += f" JWT metascopes are not OAuth scopes: {', '.join(metascopes)}."
    return advice


# --- the command -------------------------------------------------------------------------------------------


def run(request: VerifyRequest, env: Mapping[str, str], *, now: dt.datetime) -> tuple[VerifyResult, ...]:
    """Load every credential first (usage errors before any request), then ask IMS about each."""
    base = ims_base(request.ims_url)
    net.check_url(base + TOKEN_PATH, request.allow_hosts)
    creds = load_credentials(env, request.names, request.config)
    old = load_jwt_credentials(env, request.jwt_names, request.config) if request.check_jwt else None
    results = [verify_oauth(creds, base, request.allow_hosts, now=now, options=request.net)]
    if old is not None:
        results.append(check_jwt(old, base, request.allow_hosts, now=now, options=request.net))
    return tuple(results)


def exit_code(results: tuple[VerifyResult, ...]) -> int:
    """0 when the OAuth credential works, 1 otherwise; the JWT check is informational."""
    return 0 if results and results[0].ok else 1


_TITLES = {"oauth": "OAuth Server-to-Server credential", "jwt": "Service Account (JWT) credential"}


def _headline(result: VerifyResult) -> str:
    if not result.reachable:
        verdict = "could not reach IMS"
    elif result.ok:
        verdict = "still exchanges" if result.credential == "jwt" else "works"
    else:
        verdict = ("no longer exchanges" if result.credential == "jwt" else "refused by IMS") + f" ({result.error})"
    return f"{_TITLES[result.credential]}: {verdict}"


def render_text(result: VerifyResult) -> str:
    """A short human report for one credential."""
    rows = [("endpoint", _endpoint_line(result)), ("credential", f"client id {result.client_id}, from {result.source}")]
    if result.ok:
        rows += [("token", f"{result.token_type or '?'} {result.token_fingerprint} (the token itself is not shown)"),
                 ("expires", _expiry_line(result)), ("scopes", _scopes_line(result))]
    else:
        rows += [("IMS said" if result.reachable else "reason", result.message)]
    if result.advice:
        rows.append(("what to do", result.advice))
    return "\n".join([_headline(result)] + [f"  {name:<11} {value}" for name, value in rows]) + "\n"


def _endpoint_line(result: VerifyResult) -> str:
    tries = f"{result.attempts} attempt" + ("" if result.attempts == 1 else "s")
    return f"{result.endpoint} ({f'HTTP {result.status}, ' if result.status else ''}{tries})"


def _expiry_line(result: VerifyResult) -> str:
    if result.expires_in is None or result.expires_at is None:
        return "not reported by IMS"
    hours, rest = divmod(result.expires_in, 3600)
    return f"in {hours}h {rest // 60:02d}m ({result.expires_in} s), at {_iso(result.expires_at)}"


def _scopes_line(result: VerifyResult) -> str:
    requested = ", ".join(result.scopes_requested) or "none"
    if result.scopes_granted is None:
        return f"requested {requested}; IMS did not say which were granted"
    missing = [s for s in result.scopes_requested if s not in result.scopes_granted]
    note = f" (not granted: {', '.join(missing)})" if missing and result.credential == "oauth" else ""
    return f"granted {', '.join(result.scopes_granted) or 'none'}{note}"


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def to_dict(result: VerifyResult) -> dict[str, Any]:
    """The JSON form of one result (no secret, the token only as a fingerprint)."""
    return {
        "credential": result.credential, "ok": result.ok, "reachable": result.reachable,
        "endpoint": result.endpoint, "source": result.source, "client_id": result.client_id,
        "status": result.status, "error": result.error, "message": result.message, "advice": result.advice,
        "attempts": result.attempts, "token_type": result.token_type, "token": result.token_fingerprint,
        "expires_in": result.expires_in, "expires_at": _iso(result.expires_at) if result.expires_at else None,
        "scopes_requested": list(result.scopes_requested),
        "scopes_granted": None if result.scopes_granted is None else list(result.scopes_granted),
    }


def render(results: tuple[VerifyResult, ...], fmt: str) -> str:
    """All results as `text` or `json`."""
    if fmt == "json":
        doc = {"ok": exit_code(results) == 0, "results": [to_dict(r) for r in results]}
        return json.dumps(doc, indent=2) + "\n"
    return "\n".join(render_text(r) for r in results)
