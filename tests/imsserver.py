"""A real HTTP server on 127.0.0.1 that answers like Adobe IMS: the token and JWT exchange endpoints.

Tests register OAuth clients (`add_client`), JWT clients with a public key (`add_jwt_client`), queue
failures (`fail_next`), and read back every request received (`requests`).
"""
from __future__ import annotations

import base64
import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

TOKEN_PATHS = ("/ims/token/v3", "/ims/token/v2")
JWT_PATHS = ("/ims/exchange/jwt", "/ims/exchange/jwt/")
CONVERTED = "JWT credential converted to OAuth Server-to-Server; use the client_credentials grant"


@dataclass(frozen=True)
class Recorded:
    """One request as received: what tests may assert on."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    form: dict[str, str]
    raw_body: bytes


@dataclass
class OAuthClient:
    secret: str
    scopes: frozenset[str]
    scope_in_response: bool = False  # Adobe puts granted scopes in the token's claims, not the response


@dataclass
class JwtClient:
    secret: str
    public_key: rsa.RSAPublicKey
    org_id: str
    technical_account_id: str
    metascopes: frozenset[str]
    converted: bool = False  # simulates the post-2026-03-01 world


@dataclass
class FakeIms:
    """State behind the server; mutate it from tests."""

    base_url: str = ""
    # repr=False: a failing test's report must not print the secrets the server holds or received
    oauth: dict[str, OAuthClient] = field(default_factory=dict, repr=False)
    jwt: dict[str, JwtClient] = field(default_factory=dict, repr=False)
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add_client(self, client_id: str, secret: str, scopes: tuple[str, ...], **kw: Any) -> None:
        self.oauth[client_id] = OAuthClient(secret, frozenset(scopes), **kw)

    def add_jwt_client(self, client_id: str, secret: str, public_key: rsa.RSAPublicKey, *, org_id: str,
                       technical_account_id: str, metascopes: tuple[str, ...], converted: bool = False) -> None:
        self.jwt[client_id] = JwtClient(secret, public_key, org_id, technical_account_id,
                                        frozenset(metascopes), converted)

    def fail_next(self, status: int, times: int = 1, retry_after: str | None = None,
                  headers: dict[str, str] | None = None) -> None:
        """The next `times` requests answer `status` (429, 5xx, a redirect...) before the normal answer."""
        extra = {**(headers or {}), **({"Retry-After": retry_after} if retry_after is not None else {})}
        self.failures.extend([(status, extra)] * times)

    def answer(self, rec: Recorded) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self.lock:
            self.requests.append(rec)
            if self.failures:
                status, headers = self.failures.pop(0)
                return status, _failure_body(status), headers
        if rec.method != "POST":
            return 405, {"error": "method_not_allowed"}, {}
        if rec.path in TOKEN_PATHS:
            return (*self.token(rec.form), {})
        if rec.path in JWT_PATHS:
            return (*self.exchange(rec.form), {})
        return 404, {"error": "not_found"}, {}

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("grant_type") != "client_credentials":
            return _error(400, "unsupported_grant_type", "grant_type must be client_credentials")
        client_id = form.get("client_id", "")
        if client_id in self.jwt and client_id not in self.oauth:
            return _error(400, "unauthorized_client", "client is not allowed to use client_credentials")
        client = self.oauth.get(client_id)
        if client is None:
            return _error(400, "invalid_client", "invalid client_id parameter")
        if form.get("client_secret") != client.secret:
            return _error(401, "invalid_client", "invalid client_secret parameter")
        requested = [s for s in form.get("scope", "").split(",") if s]
        if not set(requested) <= client.scopes:
            return _error(400, "invalid_scope", "Invalid scope")
        return 200, self._token_body(client_id, requested, 86399, client.scope_in_response)

    def exchange(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        client = self.jwt.get(form.get("client_id", ""))
        if client is None:
            return _error(400, "invalid_client", "invalid client_id parameter")
        if client.converted:
            return _error(400, "invalid_client", CONVERTED)
        if form.get("client_secret") != client.secret:
            return _error(401, "invalid_client", "invalid client_secret parameter")
        problem = self._jwt_problem(form.get("jwt_token", ""), form["client_id"], client)
        if problem:
            return _error(400, *problem)
        return 200, self._token_body(form["client_id"], sorted(client.metascopes), 86399992, False)

    def _jwt_problem(self, token: str, client_id: str, client: JwtClient) -> tuple[str, str] | None:
        parts = token.split(".")
        if len(parts) != 3:
            return "invalid_token", "JWT is malformed"
        header, claims = _b64json(parts[0]), _b64json(parts[1])
        if header.get("alg") != "RS256":
            return "invalid_token", "JWT must be signed with RS256"
        try:
            client.public_key.verify(_b64(parts[2]), f"{parts[0]}.{parts[1]}".encode(), padding.PKCS1v15(),
                                     hashes.SHA256())
        except InvalidSignature:
            return "invalid_signature", "JWT signature verification failed"
        return self._claims_problem(claims, client_id, client)

    def _claims_problem(self, claims: dict[str, Any], client_id: str, client: JwtClient) -> tuple[str, str] | None:
        if not isinstance(claims.get("exp"), int) or claims["exp"] < time.time():
            return "invalid_token", "JWT expired"
        if claims.get("aud") != f"{self.base_url}/c/{client_id}":
            return "invalid_token", "JWT audience is wrong"
        if (claims.get("iss"), claims.get("sub")) != (client.org_id, client.technical_account_id):
            return "invalid_token", "JWT issuer or subject is wrong"
        asked = {k.rsplit("/s/", 1)[1] for k, v in claims.items() if k.startswith(f"{self.base_url}/s/") and v is True}
        if not asked or not asked <= client.metascopes:
            return "invalid_scope", "Invalid metascope"
        return None

    def _token_body(self, client_id: str, scopes: list[str], expires_in: int, scope_field: bool) -> dict[str, Any]:
        claims = {"client_id": client_id, "scope": ",".join(scopes), "type": "access_token"}
        token = "eyJhbGciOiJSUzI1NiJ9." + _b64e(json.dumps(claims).encode()) + ".c2lnbmF0dXJl"
        body: dict[str, Any] = {"access_token": token, "token_type": "bearer", "expires_in": expires_in}
        if scope_field:
            body["scope"] = " ".join(scopes)
        return body


def _failure_body(status: int) -> dict[str, Any]:
    if status >= 500:
        return {"error": "server_error", "error_description": "Service Unavailable"}
    return {"error": "too_many_requests"} if status == 429 else {}


def _error(status: int, code: str, description: str) -> tuple[int, dict[str, Any]]:
    return status, {"error": code, "error_description": description}


def _b64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(_b64(text))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self._handle()

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True).items()}
        rec = Recorded(self.command, url.path, url.query, dict(self.headers.items()), form, raw)
        status, body, headers = self.server.ims.answer(rec)
        payload = json.dumps(body).encode()
        self.send_response(status)
        for name, value in {"Content-Type": "application/json;charset=UTF-8", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        """Quiet: tests read `FakeIms.requests` instead."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    ims: FakeIms


@contextlib.contextmanager
def running_ims() -> Iterator[FakeIms]:
    """Start the fake IMS on 127.0.0.1 (a free port) in a thread; stop it on exit."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.ims = FakeIms(base_url=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.ims
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def ims_server() -> Iterator[FakeIms]:
    """A running fake IMS; `ims_server.base_url` is what to pass as --ims-url."""
    with running_ims() as ims:
        yield ims
