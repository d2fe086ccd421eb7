"""`jwt-audit verify` end to end against a real HTTP server on 127.0.0.1 that answers like IMS."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from auditor import net, verify
from auditor.cli import main
from auditor.errors import AuditError, ConfigError, UsageError

try:  # pytest puts tests/ on sys.path unless tests/ becomes a package
    from imsserver import CONVERTED, FakeIms, running_ims
except ImportError:  # pragma: no cover
    from tests.imsserver import CONVERTED, FakeIms, running_ims

CLIENT_ID = "4f1c0de5b7a94c2e9d3f8a6b1e0c7d2a"
SECRET = "p8e-PLANTED0oauth0secret0Xq7Zr2"
SCOPES = ("openid", "AdobeID", "read_organizations")
JWT_CLIENT_ID = "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"
JWT_SECRET = "s8e-PLANTED0jwt0secret0Kd93Lw"
ORG_ID = "0123456789ABCDEF01234567@AdobeOrg"
TECH_ID = "FEDCBA9876543210FEDCBA98@techacct.adobe.com"
METASCOPES = ("ent_user_sdk",)
PLANTED = (SECRET, JWT_SECRET, "PLANTED", "PRIVATE KEY")
NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc)
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


# --- fixtures ----------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may open a connection anywhere but 127.0.0.1, nor through a proxy."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> None:
        if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1"):
            raise OSError(f"test tried to reach {address[0]}")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def key_file(tmp_path: Path, key: rsa.RSAPrivateKey) -> Path:
    path = tmp_path / "private.key"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return path


@pytest.fixture
def ims(key: rsa.RSAPrivateKey) -> Iterator[FakeIms]:
    with running_ims() as server:
        server.add_client(CLIENT_ID, SECRET, SCOPES + ("additional_info.projectedProductContext",))
        server.add_jwt_client(JWT_CLIENT_ID, JWT_SECRET, key.public_key(), org_id=ORG_ID,
                              technical_account_id=TECH_ID, metascopes=METASCOPES)
        yield server


@pytest.fixture
def sleeps() -> list[float]:
    return []


def options(sleeps: list[float], retries: int = 3, timeout: float = 5.0) -> verify.NetOptions:
    return verify.NetOptions(timeout=timeout, retries=retries, backoff=0.5, sleep=sleeps.append)


def oauth_env(**overrides: str) -> dict[str, str]:
    env = {"ADOBE_CLIENT_ID": CLIENT_ID, "ADOBE_CLIENT_SECRET": SECRET, "ADOBE_SCOPES": ",".join(SCOPES)}
    return {**env, **overrides}


def jwt_env(key_file: Path, **overrides: str) -> dict[str, str]:
    env = {"ADOBE_JWT_CLIENT_ID": JWT_CLIENT_ID, "ADOBE_JWT_CLIENT_SECRET": JWT_SECRET,
           "ADOBE_JWT_PRIVATE_KEY_FILE": str(key_file), "ADOBE_ORG_ID": ORG_ID,
           "ADOBE_TECHNICAL_ACCOUNT_ID": TECH_ID, "ADOBE_METASCOPES": ",".join(METASCOPES)}
    return {**oauth_env(), **env, **overrides}


def creds(secret: str = SECRET, scopes: tuple[str, ...] = SCOPES) -> verify.Credentials:
    return verify.Credentials(CLIENT_ID, secret, scopes, "test")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for planted in PLANTED:
            assert planted not in text


# --- net: which hosts may receive a secret -----------------------------------------------------------------


@pytest.mark.parametrize(("url", "allow"), [
    ("https://ims-na1.adobelogin.com/ims/token/v3", ()),
    ("https://ims-na1-stg1.adobelogin.com/ims/token/v3", ()),
    ("https://ims-eu1.adobelogin.com/ims/token/v3", ()),
    ("https://IMS-NA1.AdobeLogin.com./ims/token/v3", ()),
    ("http://127.0.0.1:8080/ims/token/v3", ("127.0.0.1",)),
    ("http://127.0.0.1:8080/ims/token/v3", ("127.0.0.1:8080",)),
    ("http://[::1]:8080/ims/token/v3", ("[::1]:8080",)),
    ("https://ims.corp.example/ims/token/v3", ("*.corp.example",)),
])
def test_check_url_allows_adobe_https_and_named_hosts(url: str, allow: tuple[str, ...]) -> None:
    net.check_url(url, allow)


@pytest.mark.parametrize(("url", "allow", "says"), [
    ("http://ims-na1.adobelogin.com/ims/token/v3", (), "plain http"),
    ("http://127.0.0.1:8080/ims/token/v3", (), "not an Adobe IMS host"),
    ("https://ims-na1.adobelogin.com.evil.example/ims/token/v3", (), "not an Adobe IMS host"),
    ("https://evil-adobelogin.com/ims/token/v3", (), "not an Adobe IMS host"),
    ("https://ims-na1.adobelogin.com@evil.example/ims/token/v3", (), "must not carry credentials"),
    ("https://ims-na1.adobelogin.com/ims/token/v3?client_secret=x", (), "must not carry"),
    ("ftp://ims-na1.adobelogin.com/", (), "not an http(s) URL"),
    ("http://127.0.0.1:8080/ims/token/v3", ("127.0.0.1:9090",), "not an Adobe IMS host"),
    ("http://127.0.0.1:8080/ims/token/v3", ("localhost",), "not an Adobe IMS host"),
])
def test_check_url_refuses_other_hosts(url: str, allow: tuple[str, ...], says: str) -> None:
    with pytest.raises(UsageError) as info:
        net.check_url(url, allow)
    assert says in info.value.message
    assert info.value.exit_code == 2


def test_allow_host_with_a_bad_port_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="HOST:PORT"):
        net.check_url("http://127.0.0.1:8080/", ("127.0.0.1:http",))


# --- net: post_form ----------------------------------------------------------------------------------------


def post(ims: FakeIms, sleeps: list[float], retries: int = 3, path: str = "/ims/token/v3") -> net.FormResponse:
    form = {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": SECRET, "scope": "openid"}
    return net.post_form(ims.base_url + path, form, timeout=5, retries=retries, backoff=0.5,
                         allow_hosts=("127.0.0.1",), sleep=sleeps.append)


def test_post_form_sends_a_form_body_and_nothing_in_the_query(ims: FakeIms, sleeps: list[float]) -> None:
    resp = post(ims, sleeps)
    assert (resp.status, resp.attempts, sleeps) == (200, 1, [])
    [rec] = ims.requests
    assert rec.query == ""
    assert rec.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert rec.form == {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": SECRET,
                        "scope": "openid"}


def test_post_form_honours_retry_after_on_429(ims: FakeIms, sleeps: list[float]) -> None:
    ims.fail_next(429, times=2, retry_after="0")
    resp = post(ims, sleeps)
    assert (resp.status, resp.attempts, sleeps, len(ims.requests)) == (200, 3, [0.0, 0.0], 3)


def test_post_form_caps_a_long_retry_after(ims: FakeIms, sleeps: list[float]) -> None:
    ims.fail_next(429, times=1, retry_after="86400")
    assert post(ims, sleeps).status == 200
    assert sleeps == [net.MAX_RETRY_AFTER]


def test_post_form_backs_off_exponentially_on_5xx(ims: FakeIms, sleeps: list[float]) -> None:
    ims.fail_next(503, times=3)
    resp = post(ims, sleeps)
    assert (resp.status, resp.attempts, sleeps) == (200, 4, [0.5, 1.0, 2.0])


def test_post_form_gives_the_last_answer_when_retries_run_out(ims: FakeIms, sleeps: list[float]) -> None:
    ims.fail_next(502, times=5)
    resp = post(ims, sleeps, retries=2)
    assert (resp.status, resp.attempts, len(ims.requests)) == (502, 3, 3)


def test_post_form_does_not_retry_a_client_error(ims: FakeIms, sleeps: list[float]) -> None:
    ims.oauth.clear()
    resp = post(ims, sleeps)
    assert (resp.status, resp.attempts, resp.body["error"]) == (400, 1, "invalid_client")


def test_post_form_raises_network_error_when_nothing_listens(sleeps: list[float]) -> None:
    url = f"http://127.0.0.1:{closed_port()}/ims/token/v3"
    with pytest.raises(net.NetworkError) as info:
        net.post_form(url, {"client_secret": SECRET}, timeout=2, retries=2, backoff=0.5,
                      allow_hosts=("127.0.0.1",), sleep=sleeps.append)
    assert info.value.exit_code == 1
    assert "could not reach IMS at 127.0.0.1" in info.value.message
    assert "3 attempts" in info.value.message
    assert sleeps == [0.5, 1.0]


def test_post_form_times_out_on_a_silent_server(sleeps: list[float]) -> None:
    with socket.socket() as silent:  # accepts connections (kernel backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/ims/token/v3"
        with pytest.raises(net.NetworkError, match="timed out"):
            net.post_form(url, {"a": "b"}, timeout=0.2, retries=1, backoff=0, allow_hosts=("127.0.0.1",),
                          sleep=sleeps.append)


def test_post_form_refuses_a_host_before_connecting(ims: FakeIms, sleeps: list[float]) -> None:
    with pytest.raises(UsageError, match="not an Adobe IMS host"):
        net.post_form(ims.base_url + "/ims/token/v3", {"a": "b"}, timeout=1, retries=0, backoff=0)
    assert ims.requests == []


def test_post_form_never_logs_the_body(ims: FakeIms, sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    ims.fail_next(503)
    post(ims, sleeps)
    assert "HTTP 503" in caplog.text
    assert_no_secret(caplog.text)


# --- credentials from the environment ----------------------------------------------------------------------


def test_credentials_from_the_default_variables() -> None:
    got = verify.load_credentials(oauth_env())
    assert (got.client_id, got.client_secret, got.scopes, got.source) == (CLIENT_ID, SECRET, SCOPES, "environment")
    assert SECRET not in repr(got)


def test_credentials_from_renamed_variables() -> None:
    env = {"MY_ID": CLIENT_ID, "MY_SECRET": SECRET, "MY_SCOPES": "openid AdobeID"}
    got = verify.load_credentials(env, verify.EnvNames("MY_ID", "MY_SECRET", "MY_SCOPES"))
    assert (got.client_id, got.scopes) == (CLIENT_ID, ("openid", "AdobeID"))


@pytest.mark.parametrize("missing", ["ADOBE_CLIENT_ID", "ADOBE_CLIENT_SECRET", "ADOBE_SCOPES"])
@pytest.mark.parametrize("how", ["unset", "blank"])
def test_a_missing_variable_is_named_and_no_value_shown(missing: str, how: str) -> None:
    env = oauth_env()
    if how == "unset":
        del env[missing]
    else:
        env[missing] = "   "
    with pytest.raises(UsageError) as info:
        verify.load_credentials(env)
    assert info.value.message.startswith(f"{missing} is not set")
    assert_no_secret(info.value.message)
    assert CLIENT_ID not in info.value.message


# --- credentials from config files -------------------------------------------------------------------------

CONSOLE_JSON = {"CLIENT_ID": CLIENT_ID, "CLIENT_SECRETS": [SECRET, "p8e-PLANTED-second"], "ORG_ID": ORG_ID,
                "SCOPES": list(SCOPES), "TECHNICAL_ACCOUNT_ID": TECH_ID,
                "TECHNICAL_ACCOUNT_EMAIL": "abc@techacct.adobe.com"}
AIO_CONTEXT = {"client_id": CLIENT_ID, "client_secrets": [SECRET], "technical_account_email": "x@techacct.adobe.com",
               "technical_account_id": TECH_ID, "scopes": list(SCOPES), "ims_org_id": ORG_ID}
WORKSPACE = {"project": {"name": "demo", "org": {"ims_org_id": ORG_ID}, "workspace": {"name": "Stage", "details": {
    "credentials": [
        {"id": "1", "name": "old", "integration_type": "service",
         "jwt": {"client_id": JWT_CLIENT_ID, "client_secret": JWT_SECRET, "meta_scopes": ["ent_user_sdk"]}},
        {"id": "2", "name": "new", "integration_type": "oauth_server_to_server",
         "oauth_server_to_server": {"client_id": CLIENT_ID, "client_secrets": [SECRET],
                                    "technical_account_id": TECH_ID, "scopes": list(SCOPES)}},
    ]}}}}
AEPP_CONFIG = {"org_id": ORG_ID, "client_id": CLIENT_ID, "secret": SECRET, "scopes": ",".join(SCOPES),
               "sandbox-name": "prod", "environment": "prod"}
UST_YAML = f"""\
server:
  ims_host: ims-na1.adobelogin.com
enterprise:
  org_id: "{ORG_ID}"
  client_id: "{CLIENT_ID}"
  client_secret: "{SECRET}"
authentication_method: oauth
"""
DOTENV = f"""\
# OAuth Server-to-Server credential
export ADOBE_CLIENT_ID={CLIENT_ID}
ADOBE_CLIENT_SECRET="{SECRET}"
ADOBE_SCOPES='{",".join(SCOPES)}'
OTHER=1 # comment
"""


@pytest.mark.parametrize(("name", "content", "shape", "scopes"), [
    ("oauth.json", json.dumps(CONSOLE_JSON), "Developer Console OAuth Server-to-Server JSON", SCOPES),
    ("context.json", json.dumps(AIO_CONTEXT), "aio-lib-ims OAuth context", SCOPES),
    ("demo-Stage.json", json.dumps(WORKSPACE), "App Builder workspace JSON", SCOPES),
    ("config_analytics.json", json.dumps(AEPP_CONFIG), "aanalytics2/aepp config", SCOPES),
    ("aepp.json", json.dumps({**AEPP_CONFIG, "secret": None, "client_secret": SECRET}), "aanalytics2/aepp config",
     SCOPES),
    ("connector-umapi.yml", UST_YAML, "User Sync connector-umapi.yml", verify.UST_SCOPES),
    (".env", DOTENV, ".env file", SCOPES),
])
def test_credentials_from_each_config_file_shape(tmp_path: Path, name: str, content: str, shape: str,
                                                  scopes: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_text(content)
    got = verify.load_credentials({}, None, path)
    assert (got.client_id, got.client_secret, got.scopes) == (CLIENT_ID, SECRET, scopes)
    assert got.source == f"{path} ({shape})"


def test_a_config_file_wins_over_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "oauth.json"
    path.write_text(json.dumps(CONSOLE_JSON))
    got = verify.load_credentials(oauth_env(ADOBE_CLIENT_ID="from-env"), None, path)
    assert got.client_id == CLIENT_ID


@pytest.mark.parametrize(("name", "content", "says"), [
    ("oauth.json", json.dumps({**CONSOLE_JSON, "CLIENT_SECRETS": []}), "CLIENT_SECRETS[0] is missing"),
    ("oauth.json", json.dumps({k: v for k, v in CONSOLE_JSON.items() if k != "SCOPES"}), "SCOPES is missing"),
    ("context.json", json.dumps({**AIO_CONTEXT, "client_id": ""}), "client_id is missing"),
    ("jwt.json", json.dumps({"CLIENT_SECRET": JWT_SECRET, "API_KEY": JWT_CLIENT_ID, "TECHNICAL_ACCOUNT_ID": TECH_ID,
                             "PUBLIC_KEYS_WITH_EXPIRY": {"ab12": "01/01/2026"}}), "Service Account (JWT)"),
    ("aa.json", json.dumps({"org_id": ORG_ID, "client_id": CLIENT_ID, "secret": JWT_SECRET, "tech_id": TECH_ID,
                            "pathToKey": "private.key"}), "Service Account (JWT)"),
    ("ws.json", json.dumps({"project": {"workspace": {"details": {"credentials": [WORKSPACE["project"][
        "workspace"]["details"]["credentials"][0]]}}}}), "no oauth_server_to_server credential (found: service)"),
    ("connector-umapi.yml", UST_YAML.replace("oauth", "jwt"), "authentication_method is 'jwt'"),
    ("connector-umapi.yml", UST_YAML.replace("authentication_method: oauth\n", ""), "authentication_method"),
    ("connector-umapi.yml", UST_YAML.replace(f'client_secret: "{SECRET}"', "secure_client_secret_key: k"),
     "keyring"),
    ("connector-umapi.yml", "server: {}\n", "no 'enterprise:' section"),
    ("bad.json", "{not json", "not valid JSON"),
    ("bad.yml", "a: [", "not valid YAML"),
    ("list.json", "[1, 2]", "expected an object"),
])
def test_unusable_config_files_are_config_errors(tmp_path: Path, name: str, content: str, says: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(ConfigError) as info:
        verify.load_credentials(oauth_env(), None, path)
    assert says in info.value.message
    assert info.value.exit_code == 2
    assert_no_secret(info.value.message)


def test_a_missing_config_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        verify.load_credentials({}, None, tmp_path / "nope.json")


def test_a_dotenv_file_missing_a_variable_names_it(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text(DOTENV.replace("ADOBE_SCOPES", "SOMETHING_ELSE"))
    with pytest.raises(UsageError, match=r"^ADOBE_SCOPES is not set \(.*\.env"):
        verify.load_credentials(oauth_env(), None, path)


# --- verify_oauth ------------------------------------------------------------------------------------------


def test_a_working_credential(ims: FakeIms, sleeps: list[float]) -> None:
    got = verify.verify_oauth(creds(), ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps))
    assert (got.ok, got.status, got.error, got.token_type, got.attempts) == (True, 200, None, "bearer", 1)
    assert (got.expires_in, got.expires_at) == (86399, NOW + dt.timedelta(seconds=86399))
    assert got.scopes_granted == SCOPES
    assert got.token_fingerprint is not None and len(got.token_fingerprint) == len("sha256:") + 12
    [rec] = ims.requests
    assert (rec.path, rec.form["scope"], rec.form["grant_type"]) == ("/ims/token/v3", "openid,AdobeID,read_organizations",
                                                                    "client_credentials")


def test_scopes_from_the_token_response_when_ims_lists_them(ims: FakeIms, sleeps: list[float]) -> None:
    ims.add_client(CLIENT_ID, SECRET, SCOPES, scope_in_response=True)
    got = verify.verify_oauth(creds(), ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps))
    assert got.scopes_granted == SCOPES


def test_a_wrong_secret_is_invalid_client(ims: FakeIms, sleeps: list[float]) -> None:
    got = verify.verify_oauth(creds("p8e-PLANTED-wrong"), ims.base_url, ("127.0.0.1",), now=NOW,
                              options=options(sleeps))
    assert (got.ok, got.reachable, got.status, got.error) == (False, True, 401, "invalid_client")
    assert got.message == "invalid client_secret parameter"
    assert "client secret" in got.advice
    assert got.token_fingerprint is None


def test_an_unknown_scope_is_invalid_scope_and_metascopes_are_called_out(ims: FakeIms, sleeps: list[float]) -> None:
    asked = creds(scopes=("openid", "ent_analytics_bulk_ingest_sdk"))
    got = verify.verify_oauth(asked, ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps))
    assert (got.ok, got.status, got.error) == (False, 400, "invalid_scope")
    assert "JWT metascopes are not OAuth scopes: ent_analytics_bulk_ingest_sdk." in got.advice


def test_a_jwt_only_client_is_unauthorized_client(ims: FakeIms, sleeps: list[float]) -> None:
    jwt_only = verify.Credentials(JWT_CLIENT_ID, JWT_SECRET, SCOPES, "test")
    got = verify.verify_oauth(jwt_only, ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps))
    assert (got.error, got.status) == ("unauthorized_client", 400)
    assert "not an OAuth Server-to-Server credential" in got.advice


def test_throttling_then_success(ims: FakeIms, sleeps: list[float]) -> None:
    ims.fail_next(429, times=2, retry_after="0")
    got = verify.verify_oauth(creds(), ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps))
    assert (got.ok, got.attempts, sleeps) == (True, 3, [0.0, 0.0])


def test_throttled_past_the_retries(ims: FakeIms, sleeps: list[float]) -> None:
    ims.fail_next(429, times=10, retry_after="0")
    got = verify.verify_oauth(creds(), ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps, retries=1))
    assert (got.ok, got.reachable, got.status, got.error, got.attempts) == (False, True, 429, "throttled", 2)


def test_server_errors_past_the_retries(ims: FakeIms, sleeps: list[float]) -> None:
    ims.fail_next(503, times=10)
    got = verify.verify_oauth(creds(), ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps, retries=2))
    assert (got.status, got.error, got.attempts, sleeps) == (503, "server_error", 3, [0.5, 1.0])


def test_ims_down_is_reported_not_raised(sleeps: list[float]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    got = verify.verify_oauth(creds(), url, ("127.0.0.1",), now=NOW, options=options(sleeps, retries=1))
    assert (got.ok, got.reachable, got.error, got.status, got.attempts) == (False, False, "network_error", None, 2)
    assert got.message.startswith("could not reach IMS at 127.0.0.1")


def test_an_echoed_secret_is_scrubbed_from_the_message(ims: FakeIms, sleeps: list[float]) -> None:
    ims.oauth[CLIENT_ID].secret = "something-else"
    original = ims.token

    def echoing(form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        status, body = original(form)
        return status, {**body, "error_description": f"bad secret {form['client_secret']}"}

    ims.token = echoing  # type: ignore[method-assign]
    got = verify.verify_oauth(creds(), ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps))
    assert got.message == f"bad secret {verify.fingerprint(SECRET)}"


@pytest.mark.parametrize("url", ["https://ims-na1.adobelogin.com/ims/token/v3", "https://ims-na1.adobelogin.com/ims/"])
def test_an_endpoint_given_as_ims_url_is_a_usage_error(url: str) -> None:
    with pytest.raises(UsageError, match="base URL"):
        verify.ims_base(url)


# --- check_jwt ---------------------------------------------------------------------------------------------


def test_jwt_credentials_from_the_environment(key_file: Path) -> None:
    env = jwt_env(key_file, ADOBE_METASCOPES="https://ims-na1.adobelogin.com/s/ent_user_sdk, ent_gdpr_sdk")
    got = verify.load_jwt_credentials(env)
    assert (got.client_id, got.org_id, got.technical_account_id) == (JWT_CLIENT_ID, ORG_ID, TECH_ID)
    assert got.metascopes == ("ent_user_sdk", "ent_gdpr_sdk")
    assert JWT_SECRET not in repr(got)


@pytest.mark.parametrize("missing", list(verify.JwtEnvNames().__dict__.values()))
def test_a_missing_jwt_variable_is_named(key_file: Path, missing: str) -> None:
    env = jwt_env(key_file)
    del env[missing]
    with pytest.raises(UsageError, match=f"^{missing} is not set"):
        verify.load_jwt_credentials(env)


@pytest.mark.parametrize(("content", "says"), [
    (None, "cannot read the private key file"),
    (b"-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n", "not an unencrypted PEM private key"),
])
def test_an_unusable_private_key_is_a_usage_error(tmp_path: Path, content: bytes | None, says: str) -> None:
    path = tmp_path / "private.key"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UsageError) as info:
        verify.load_jwt_credentials(jwt_env(path))
    assert info.value.message.startswith(f"ADOBE_JWT_PRIVATE_KEY_FILE: {path}" if content else
                                         "ADOBE_JWT_PRIVATE_KEY_FILE: cannot read")
    assert says in info.value.message


def test_jwt_variables_may_come_from_the_dotenv_config(tmp_path: Path, key_file: Path) -> None:
    path = tmp_path / ".env"
    path.write_text("\n".join(f"{k}={v}" for k, v in jwt_env(key_file).items()))
    got = verify.load_jwt_credentials({}, None, path)
    assert got.client_id == JWT_CLIENT_ID
    assert str(path) in got.source


def test_the_signed_jwt_carries_adobes_claims(key_file: Path) -> None:
    old = verify.load_jwt_credentials(jwt_env(key_file))
    token = verify.sign_jwt(old, "https://ims-na1.adobelogin.com", NOW)
    header = json.loads(verify._b64decode(token.split(".")[0]))
    assert header == {"alg": "RS256", "typ": "JWT"}
    assert verify.decode_claims(token) == {
        "exp": int(NOW.timestamp()) + 300, "iss": ORG_ID, "sub": TECH_ID,
        "aud": f"https://ims-na1.adobelogin.com/c/{JWT_CLIENT_ID}",
        "https://ims-na1.adobelogin.com/s/ent_user_sdk": True,
    }


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)  # the fake IMS checks exp against its clock


def test_a_jwt_credential_that_still_exchanges(ims: FakeIms, key_file: Path, sleeps: list[float]) -> None:
    old = verify.load_jwt_credentials(jwt_env(key_file))
    got = verify.check_jwt(old, ims.base_url, ("127.0.0.1",), now=now(), options=options(sleeps))
    assert (got.ok, got.credential, got.status, got.expires_in) == (True, "jwt", 200, 86399)  # IMS said 86399992 ms
    assert "delete it" in got.advice
    [rec] = ims.requests
    assert (rec.path, set(rec.form)) == ("/ims/exchange/jwt", {"client_id", "client_secret", "jwt_token"})


def test_a_converted_jwt_credential_no_longer_exchanges(ims: FakeIms, key_file: Path, sleeps: list[float]) -> None:
    ims.jwt[JWT_CLIENT_ID].converted = True
    got = verify.check_jwt(verify.load_jwt_credentials(jwt_env(key_file)), ims.base_url, ("127.0.0.1",), now=now(),
                           options=options(sleeps))
    assert (got.ok, got.status, got.error, got.message) == (False, 400, "invalid_client", CONVERTED)
    assert "no longer exchanges" in got.advice
    assert "no longer exchanges (invalid_client)" in verify.render_text(got)


@pytest.mark.parametrize(("tamper", "error"), [
    ({"ADOBE_ORG_ID": "FFFF@AdobeOrg"}, "invalid_token"),
    ({"ADOBE_METASCOPES": "ent_analytics_bulk_ingest_sdk"}, "invalid_scope"),
    ({"ADOBE_JWT_CLIENT_SECRET": "s8e-PLANTED-wrong"}, "invalid_client"),
])
def test_a_jwt_the_exchange_refuses(ims: FakeIms, key_file: Path, sleeps: list[float], tamper: dict[str, str],
                                    error: str) -> None:
    old = verify.load_jwt_credentials(jwt_env(key_file, **tamper))
    got = verify.check_jwt(old, ims.base_url, ("127.0.0.1",), now=now(), options=options(sleeps))
    assert (got.ok, got.error) == (False, error)


def test_a_jwt_signed_with_another_key_is_invalid_signature(ims: FakeIms, key_file: Path, sleeps: list[float]) -> None:
    ims.jwt[JWT_CLIENT_ID].public_key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    old = verify.load_jwt_credentials(jwt_env(key_file))
    got = verify.check_jwt(old, ims.base_url, ("127.0.0.1",), now=now(), options=options(sleeps))
    assert (got.error, got.status) == ("invalid_signature", 400)
    assert "private key does not match" in got.advice


def test_an_expired_jwt_is_invalid_token(ims: FakeIms, key_file: Path, sleeps: list[float]) -> None:
    old = verify.load_jwt_credentials(jwt_env(key_file))
    got = verify.check_jwt(old, ims.base_url, ("127.0.0.1",), now=now() - dt.timedelta(hours=1),
                           options=options(sleeps))
    assert (got.error, got.message) == ("invalid_token", "JWT expired")


# --- run, rendering ----------------------------------------------------------------------------------------


def request(ims: FakeIms, sleeps: list[float], **kw: Any) -> verify.VerifyRequest:
    return verify.VerifyRequest(ims_url=ims.base_url, allow_hosts=("127.0.0.1",), net=options(sleeps), **kw)


def test_run_loads_every_credential_before_any_request(ims: FakeIms, sleeps: list[float], key_file: Path) -> None:
    env = jwt_env(key_file)
    del env["ADOBE_ORG_ID"]
    with pytest.raises(UsageError, match="ADOBE_ORG_ID"):
        verify.run(request(ims, sleeps, check_jwt=True), env, now=now())
    assert ims.requests == []


def test_run_checks_the_host_before_reading_credentials(ims: FakeIms) -> None:
    with pytest.raises(UsageError, match="not an Adobe IMS host"):
        verify.run(verify.VerifyRequest(ims_url=ims.base_url), {}, now=NOW)


def test_run_with_check_jwt_reports_both(ims: FakeIms, sleeps: list[float], key_file: Path) -> None:
    results = verify.run(request(ims, sleeps, check_jwt=True), jwt_env(key_file), now=now())
    assert [(r.credential, r.ok) for r in results] == [("oauth", True), ("jwt", True)]
    assert verify.exit_code(results) == 0


def test_the_exit_code_follows_the_oauth_credential_only(ims: FakeIms, sleeps: list[float], key_file: Path) -> None:
    ims.jwt[JWT_CLIENT_ID].converted = True
    results = verify.run(request(ims, sleeps, check_jwt=True), jwt_env(key_file), now=now())
    assert verify.exit_code(results) == 0
    ims.oauth.clear()
    assert verify.exit_code(verify.run(request(ims, sleeps), oauth_env(), now=now())) == 1


def test_text_report_of_a_working_credential(ims: FakeIms, sleeps: list[float]) -> None:
    [result] = verify.run(request(ims, sleeps), oauth_env(), now=NOW)
    text = verify.render_text(result)
    assert text.splitlines()[0] == "OAuth Server-to-Server credential: works"
    assert f"client id {CLIENT_ID}, from environment" in text
    assert f"bearer {result.token_fingerprint} (the token itself is not shown)" in text
    assert "in 23h 59m (86399 s), at 2026-03-03T09:29:59Z" in text
    assert "granted openid, AdobeID, read_organizations" in text


def test_json_report_of_a_working_credential(ims: FakeIms, sleeps: list[float]) -> None:
    results = verify.run(request(ims, sleeps), oauth_env(), now=NOW)
    doc = json.loads(verify.render(results, "json"))
    assert doc["ok"] is True
    [entry] = doc["results"]
    assert entry | {"token": "?"} == {
        "credential": "oauth", "ok": True, "reachable": True, "endpoint": ims.base_url + "/ims/token/v3",
        "source": "environment", "client_id": CLIENT_ID, "status": 200, "error": None, "message": "",
        "advice": "", "attempts": 1, "token_type": "bearer", "token": "?", "expires_in": 86399,
        "expires_at": "2026-03-03T09:29:59Z", "scopes_requested": list(SCOPES), "scopes_granted": list(SCOPES),
    }
    assert entry["token"].startswith("sha256:")


def test_text_report_when_ims_is_down(sleeps: list[float]) -> None:
    req = verify.VerifyRequest(ims_url=f"http://127.0.0.1:{closed_port()}", allow_hosts=("127.0.0.1",),
                               net=options(sleeps, retries=0))
    [result] = verify.run(req, oauth_env(), now=NOW)
    lines = verify.render_text(result).splitlines()
    assert lines[0] == "OAuth Server-to-Server credential: could not reach IMS"
    assert lines[3].split(None, 1) == ["reason", result.message]


def test_granted_scopes_are_none_when_ims_does_not_say() -> None:
    assert verify.granted_scopes({}, "opaque-token") is None
    assert verify.granted_scopes({}, "a.!!!.c") is None
    assert verify.granted_scopes({"scope": "openid AdobeID"}, "x") == ("openid", "AdobeID")


# --- no secret ever leaves ---------------------------------------------------------------------------------

SCENARIOS = ["works", "bad-secret", "bad-scope", "throttled", "down", "jwt-works", "jwt-converted", "echo"]


def arrange(scenario: str, ims: FakeIms) -> str:
    """Set the fake IMS up for `scenario`; returns the IMS URL to use."""
    if scenario == "bad-secret":
        ims.oauth[CLIENT_ID].secret = "something-else"
    elif scenario == "bad-scope":
        ims.oauth[CLIENT_ID].scopes = frozenset()
    elif scenario == "throttled":
        ims.fail_next(429, times=10, retry_after="0")
    elif scenario == "jwt-converted":
        ims.jwt[JWT_CLIENT_ID].converted = True
    elif scenario == "echo":
        ims.token = lambda form: (400, {"error": "invalid_request", "error_description": json.dumps(form)})  # type: ignore[method-assign]
    return f"http://127.0.0.1:{closed_port()}" if scenario == "down" else ims.base_url


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_no_secret_in_any_library_output(scenario: str, ims: FakeIms, sleeps: list[float], key_file: Path,
                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    url = arrange(scenario, ims)
    req = verify.VerifyRequest(ims_url=url, allow_hosts=("127.0.0.1",), net=options(sleeps, retries=1),
                               check_jwt=scenario.startswith("jwt"))
    results = verify.run(req, jwt_env(key_file), now=now())
    outputs = [verify.render(results, "text"), verify.render(results, "json"), caplog.text, repr(results)]
    assert_no_secret(*outputs)
    for rec in ims.requests:
        assert_no_secret(rec.query)


def test_errors_are_audit_errors() -> None:
    assert issubclass(net.NetworkError, AuditError)
    assert net.NetworkError("x").exit_code == 1


def test_jwt_variable_names_are_configurable(key_file: Path) -> None:
    names = verify.jwt_env_names(["private_key_file=MY_KEY", " org_id = MY_ORG "])
    assert (names.private_key_file, names.org_id, names.client_id) == ("MY_KEY", "MY_ORG", "ADOBE_JWT_CLIENT_ID")
    env = jwt_env(key_file)
    env["MY_KEY"], env["MY_ORG"] = env.pop("ADOBE_JWT_PRIVATE_KEY_FILE"), env.pop("ADOBE_ORG_ID")
    assert verify.load_jwt_credentials(env, names).org_id == ORG_ID


@pytest.mark.parametrize("pair", ["private_key=X", "org_id", "org_id=", "=X"])
def test_a_bad_jwt_variable_rename_is_a_usage_error(pair: str) -> None:
    with pytest.raises(UsageError, match="FIELD=NAME"):
        verify.jwt_env_names([pair])


def test_a_redirect_is_not_followed(ims: FakeIms, sleeps: list[float]) -> None:
    ims.fail_next(307, headers={"Location": f"http://127.0.0.1:{closed_port()}/steal"})
    got = verify.verify_oauth(creds(), ims.base_url, ("127.0.0.1",), now=NOW, options=options(sleeps))
    assert (got.ok, got.status, got.error, len(ims.requests)) == (False, 307, "redirect", 1)
    assert "not followed" in got.advice


def test_every_allow_host_entry_is_checked() -> None:
    with pytest.raises(UsageError, match="HOST:PORT"):
        net.check_url("http://127.0.0.1:8080/", ("127.0.0.1", "localhost:x"))


# --- through the command line ------------------------------------------------------------------------------

TOKEN_PREFIX = "eyJhbGciOiJSUzI1NiJ9"  # every access token the fake IMS issues starts with it


@pytest.fixture
def cli_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff sleeps made through the CLI, recorded instead of slept."""
    slept: list[float] = []
    monkeypatch.setattr(net.time, "sleep", slept.append)
    return slept


def cli(args: list[str], env: dict[str, str | None], ims_url: str | None = None, allow: bool = True) -> Any:
    unset: dict[str, str | None] = {name: None for name in (*oauth_env(), *jwt_env(Path("k")))}
    extra = (["--ims-url", ims_url] if ims_url else []) + (["--allow-host", "127.0.0.1"] if allow else [])
    return CliRunner().invoke(main, ["verify", *extra, *args], env={**unset, **env})


def test_cli_a_working_credential(ims: FakeIms, cli_sleeps: list[float]) -> None:
    got = cli([], oauth_env(), ims.base_url)
    assert got.exit_code == 0, got.output
    lines = got.stdout.splitlines()
    assert lines[0] == "OAuth Server-to-Server credential: works"
    assert any(line.split()[:2] == ["expires", "in"] and "(86399 s)" in line for line in lines)
    assert "granted openid, AdobeID, read_organizations" in got.stdout
    assert "sha256:" in got.stdout
    assert_no_secret(got.output)
    assert TOKEN_PREFIX not in got.output


def test_cli_json(ims: FakeIms, cli_sleeps: list[float]) -> None:
    got = cli(["-f", "json"], oauth_env(), ims.base_url)
    assert got.exit_code == 0
    doc = json.loads(got.stdout)
    assert (doc["ok"], doc["results"][0]["expires_in"], doc["results"][0]["scopes_granted"]) == (True, 86399,
                                                                                                   list(SCOPES))


def test_cli_invalid_client_exits_1(ims: FakeIms, cli_sleeps: list[float]) -> None:
    got = cli([], oauth_env(ADOBE_CLIENT_SECRET="p8e-PLANTED-wrong"), ims.base_url)
    assert got.exit_code == 1
    assert got.stdout.splitlines()[0] == "OAuth Server-to-Server credential: refused by IMS (invalid_client)"
    assert "copy both from the OAuth Server-to-Server credential" in got.stdout
    assert_no_secret(got.output)


def test_cli_invalid_scope_exits_1(ims: FakeIms, cli_sleeps: list[float]) -> None:
    got = cli([], oauth_env(ADOBE_SCOPES="openid,ent_user_sdk"), ims.base_url)
    assert got.exit_code == 1
    assert "refused by IMS (invalid_scope)" in got.stdout
    assert "JWT metascopes are not OAuth scopes: ent_user_sdk." in got.stdout


@pytest.mark.parametrize(("status", "retry_after", "slept"), [(429, "0", [0.0, 0.0]), (503, None, [0.5, 1.0])])
def test_cli_retries_then_works(ims: FakeIms, cli_sleeps: list[float], status: int, retry_after: str | None,
                                slept: list[float]) -> None:
    ims.fail_next(status, times=2, retry_after=retry_after)
    got = cli([], oauth_env(), ims.base_url)
    assert got.exit_code == 0, got.output
    assert "(HTTP 200, 3 attempts)" in got.stdout
    assert (cli_sleeps, len(ims.requests)) == (slept, 3)


def test_cli_gives_up_after_the_retries(ims: FakeIms, cli_sleeps: list[float]) -> None:
    ims.fail_next(503, times=10)
    got = cli(["--retries", "1"], oauth_env(), ims.base_url)
    assert got.exit_code == 1
    assert "refused by IMS (server_error)" in got.stdout
    assert (cli_sleeps, len(ims.requests)) == ([0.5], 2)


def test_cli_ims_down_exits_1_could_not_reach(cli_sleeps: list[float]) -> None:
    got = cli(["--retries", "2"], oauth_env(), f"http://127.0.0.1:{closed_port()}")
    assert got.exit_code == 1
    assert got.stdout.splitlines()[0] == "OAuth Server-to-Server credential: could not reach IMS"
    assert "could not reach IMS at 127.0.0.1" in got.stdout
    assert "3 attempts" in got.stdout
    assert cli_sleeps == [0.5, 1.0]


def test_cli_refuses_a_host_not_allowed(ims: FakeIms) -> None:
    got = cli([], oauth_env(), ims.base_url, allow=False)
    assert got.exit_code == 2
    assert got.stderr.startswith("error: refusing to send credentials to 127.0.0.1")
    assert "--allow-host 127.0.0.1" in got.stderr
    assert (got.stdout, ims.requests) == ("", [])


def test_cli_refuses_plain_http_to_adobe() -> None:
    got = cli([], oauth_env(), "http://ims-na1.adobelogin.com", allow=False)
    assert got.exit_code == 2
    assert "over plain http" in got.stderr


@pytest.mark.parametrize("missing", ["ADOBE_CLIENT_ID", "ADOBE_CLIENT_SECRET", "ADOBE_SCOPES"])
def test_cli_a_missing_variable_exits_2_naming_it(ims: FakeIms, missing: str) -> None:
    got = cli([], {**oauth_env(), missing: None}, ims.base_url)
    assert got.exit_code == 2
    assert got.stderr.startswith(f"error: {missing} is not set")
    assert_no_secret(got.output)
    assert ims.requests == []


def test_cli_renamed_variables(ims: FakeIms, cli_sleeps: list[float]) -> None:
    env = {"CI_ID": CLIENT_ID, "CI_SECRET": SECRET, "CI_SCOPES": "openid"}
    args = ["--client-id-env", "CI_ID", "--client-secret-env", "CI_SECRET", "--scopes-env", "CI_SCOPES"]
    got = cli(args, env, ims.base_url)
    assert got.exit_code == 0, got.output
    assert ims.requests[0].form["client_secret"] == SECRET


CONFIG_FILES = {
    "oauth.json": json.dumps(CONSOLE_JSON), "context.json": json.dumps(AIO_CONTEXT),
    "demo-Stage.json": json.dumps(WORKSPACE), "config_analytics.json": json.dumps(AEPP_CONFIG),
    "connector-umapi.yml": UST_YAML, ".env": DOTENV,
}


@pytest.mark.parametrize("name", list(CONFIG_FILES))
def test_cli_credentials_from_a_config_file(ims: FakeIms, cli_sleeps: list[float], tmp_path: Path, name: str) -> None:
    ims.add_client(CLIENT_ID, SECRET, SCOPES + verify.UST_SCOPES)
    path = tmp_path / name
    path.write_text(CONFIG_FILES[name])
    got = cli(["--config", str(path)], {}, ims.base_url)
    assert got.exit_code == 0, got.output
    assert f"from {path} (" in got.stdout
    assert ims.requests[0].form["client_secret"] == SECRET
    assert_no_secret(got.output)


def test_cli_an_unusable_config_file_exits_2(ims: FakeIms, tmp_path: Path) -> None:
    path = tmp_path / "connector-umapi.yml"
    path.write_text(UST_YAML.replace("oauth", "jwt"))
    got = cli(["--config", str(path)], oauth_env(), ims.base_url)
    assert got.exit_code == 2
    assert "authentication_method is 'jwt'" in got.stderr


def test_cli_check_jwt_still_exchanges(ims: FakeIms, cli_sleeps: list[float], key_file: Path) -> None:
    got = cli(["--check-jwt"], jwt_env(key_file), ims.base_url)
    assert got.exit_code == 0, got.output
    assert "OAuth Server-to-Server credential: works" in got.stdout
    assert "Service Account (JWT) credential: still exchanges" in got.stdout
    assert "(86399 s)" in got.stdout  # 86399992 ms
    assert_no_secret(got.output)


def test_cli_check_jwt_refused_is_informational(ims: FakeIms, cli_sleeps: list[float], key_file: Path) -> None:
    ims.jwt[JWT_CLIENT_ID].converted = True
    got = cli(["--check-jwt", "-f", "json"], jwt_env(key_file), ims.base_url)
    assert got.exit_code == 0
    oauth, old = json.loads(got.stdout)["results"]
    assert (oauth["ok"], old["ok"], old["error"], old["message"]) == (True, False, "invalid_client", CONVERTED)


def test_cli_check_jwt_with_renamed_variables(ims: FakeIms, cli_sleeps: list[float], key_file: Path) -> None:
    env: dict[str, str | None] = {**jwt_env(key_file)}
    env["KEY_PATH"], env["ADOBE_JWT_PRIVATE_KEY_FILE"] = env["ADOBE_JWT_PRIVATE_KEY_FILE"], None
    got = cli(["--check-jwt", "--jwt-env", "private_key_file=KEY_PATH"], env, ims.base_url)
    assert got.exit_code == 0, got.output
    assert "still exchanges" in got.stdout


def test_cli_check_jwt_missing_variable_exits_2(ims: FakeIms, key_file: Path) -> None:
    got = cli(["--check-jwt"], {**jwt_env(key_file), "ADOBE_METASCOPES": None}, ims.base_url)
    assert got.exit_code == 2
    assert got.stderr.startswith("error: ADOBE_METASCOPES is not set")
    assert ims.requests == []


@pytest.mark.parametrize("args", [
    ["--client-secret", SECRET], ["--timeout", "0"], ["--retries", "-1"], ["-f", "sarif"],
    ["--jwt-env", "nope=X"], ["--allow-host", "127.0.0.1:http"],
])
def test_cli_usage_errors_exit_2(ims: FakeIms, args: list[str]) -> None:
    got = cli(args, oauth_env(), ims.base_url)
    assert got.exit_code == 2
    assert ims.requests == []


def test_cli_help_documents_exit_codes_and_has_no_secret_option() -> None:
    got = cli(["--help"], {}, allow=False)
    assert got.exit_code == 0
    text = " ".join(got.stdout.split())
    assert "1 IMS refused it, or IMS could not be reached" in text
    assert "2 usage or config error" in text
    assert "--client-secret-env" in text
    assert "--client-secret " not in text and "--secret" not in text


CLI_SCENARIOS = [*SCENARIOS, "missing-var", "debug-usage-error", "host-refused"]


@pytest.mark.parametrize("scenario", CLI_SCENARIOS)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_no_secret_in_any_cli_output(scenario: str, fmt: str, ims: FakeIms, cli_sleeps: list[float], key_file: Path,
                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    env: dict[str, str | None] = {**jwt_env(key_file)}
    args = ["-f", fmt, "--retries", "1"] + (["--check-jwt"] if scenario.startswith("jwt") else [])
    if scenario == "missing-var":
        env["ADOBE_CLIENT_ID"] = None
    if scenario == "debug-usage-error":
        env["ADOBE_SCOPES"], args = None, [*args, "--debug"]
    got = cli(args, env, arrange(scenario, ims), allow=scenario != "host-refused")
    assert got.exit_code in (0, 1, 2), got.output
    assert_no_secret(got.stdout, got.stderr, caplog.text)
    assert TOKEN_PREFIX not in got.output


def test_a_real_process_against_the_fake_ims(ims: FakeIms) -> None:
    """`python -m auditor verify` as a user runs it: real argv, real exit status, real streams."""
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARS and not k.startswith("ADOBE_")}
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    argv = [sys.executable, "-m", "auditor", "verify", "--ims-url", ims.base_url, "--allow-host", "127.0.0.1"]
    ok = subprocess.run(argv, env={**env, **oauth_env()}, capture_output=True, text=True, timeout=60)
    assert (ok.returncode, ok.stderr) == (0, ""), ok.stderr
    assert ok.stdout.startswith("OAuth Server-to-Server credential: works\n")
    missing = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == "error: ADOBE_CLIENT_ID is not set (environment); set it, name another variable, " \
                             "or use --config FILE\n"
    assert_no_secret(ok.stdout, ok.stderr, missing.stderr)
