"""The one module that talks HTTP: form POSTs with retries, and the host allow-list that guards secrets."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests

from auditor.errors import EXIT_FINDINGS, AuditError, UsageError

log = logging.getLogger(__name__)

# Hosts that may receive credentials without --allow-host; a leading "*." also matches any subdomain.
ADOBE_IMS_HOSTS: tuple[str, ...] = ("ims-na1.adobelogin.com", "ims-na1-stg1.adobelogin.com", "*.adobelogin.com")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0  # seconds; a server asking for longer is treated as down rather than waited for


class NetworkError(AuditError):
    """The server could not be reached (connection refused, DNS, TLS, timeout), even after retries."""

    exit_code = EXIT_FINDINGS


@dataclass(frozen=True)
class FormResponse:
    """What came back: HTTP status, the JSON object (empty when the body was not one) and attempts made."""

    status: int
    body: Mapping[str, Any] = field(default_factory=dict)
    attempts: int = 1
    content_type: str = ""


def host_matches(host: str, pattern: str) -> bool:
    """True when `host` is `pattern`, or a subdomain of it when the pattern starts with `*.`."""
    host, pattern = host.lower().rstrip("."), pattern.lower().rstrip(".")
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return host == pattern


def _allowed_extra(host: str, port: int | None, allow_hosts: Iterable[str]) -> bool:
    entries = [split_host_port(entry) for entry in allow_hosts]  # every entry parsed: a typo is an error
    return any(host_matches(host, name) and want_port in (None, port) for name, want_port in entries)


def split_host_port(entry: str) -> tuple[str, int | None]:
    """`host`, `host:port`, `[v6]` or `[v6]:port` -> (host, port); a bare IPv6 address has no port."""
    entry = entry.strip()
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        return host, _port(rest.removeprefix(":"), entry)
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        return host, _port(port, entry)
    return entry, None


def _port(text: str, entry: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise UsageError(f"--allow-host {entry!r}: expected HOST or HOST:PORT")
    return int(text)


def check_url(url: str, allow_hosts: Iterable[str] = ()) -> None:
    """Refuse (UsageError) any URL that must not receive a secret: only Adobe IMS over https, or allowed hosts."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"not an http(s) URL: {url!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise UsageError(f"the IMS URL must not carry credentials, a query or a fragment: {parts.hostname}")
    host = parts.hostname
    if _allowed_extra(host, parts.port, allow_hosts):
        return
    if not any(host_matches(host, pattern) for pattern in ADOBE_IMS_HOSTS):
        raise UsageError(
            f"refusing to send credentials to {host}: it is not an Adobe IMS host "
            f"(add --allow-host {host} if you really mean it)"
        )
    if parts.scheme != "https":
        raise UsageError(f"refusing to send credentials to {host} over plain http: use https://{host}")


def post_form(
    url: str,
    data: Mapping[str, str],
    *,
    timeout: float,
    retries: int,
    backoff: float,
    allow_hosts: Iterable[str] = (),
    sleep: Callable[[float], None] | None = None,
) -> FormResponse:
    """POST `data` form-encoded; retry 429, 5xx and connection failures with exponential backoff."""
    check_url(url, allow_hosts)
    pause = sleep or time.sleep
    attempts = retries + 1
    for attempt in range(1, attempts + 1):
        try:
            resp = _post_once(url, data, timeout)
        except (requests.ConnectionError, requests.Timeout) as exc:
            if attempt == attempts:
                raise NetworkError(_unreachable(url, exc, attempts)) from None
            pause(_delay(backoff, attempt, None))
            continue
        if resp.status_code in RETRY_STATUSES and attempt < attempts:
            pause(_delay(backoff, attempt, resp.headers.get("Retry-After")))
            continue
        return _to_response(resp, attempt)
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


def _post_once(url: str, data: Mapping[str, str], timeout: float) -> requests.Response:
    # Redirects are not followed: a 307/308 would re-send the secrets to wherever the server points.
    try:
        resp = requests.post(
            url, data=dict(data), timeout=timeout, allow_redirects=False, headers={"Accept": "application/json"}
        )
    except requests.RequestException as exc:
        log.debug("POST %s failed: %s", url, type(exc).__name__)
        raise
    log.debug("POST %s -> HTTP %d", url, resp.status_code)
    return resp


def _to_response(resp: requests.Response, attempts: int) -> FormResponse:
    ctype = resp.headers.get("Content-Type", "")
    try:
        body = resp.json()
    except ValueError:
        body = {}
    return FormResponse(resp.status_code, body if isinstance(body, dict) else {}, attempts, ctype)


def _delay(backoff: float, attempt: int, retry_after: str | None) -> float:
    """Retry-After (delta seconds) when the server gives one, else backoff * 2^(attempt-1)."""
    if retry_after is not None and retry_after.strip().isdigit():
        return min(float(retry_after.strip()), MAX_RETRY_AFTER)
    return backoff * 2 ** (attempt - 1)


def _unreachable(url: str, exc: Exception, attempts: int) -> str:
    host = urlsplit(url).netloc
    if isinstance(exc, requests.Timeout):
        reason = "the request timed out"
    elif isinstance(exc, requests.exceptions.SSLError):
        reason = "the TLS handshake failed"
    else:
        reason = "the connection failed"
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    return f"could not reach IMS at {host}: {reason} ({tries})"
