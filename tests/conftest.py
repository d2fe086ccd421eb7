"""Hermetic tests: no network except loopback servers the tests start, no colour, no CI env leaking in."""
from __future__ import annotations

import ipaddress
import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
_real_connect = socket.socket.connect

# Property-based tests: `ci` (the default) is a fixed, bounded, derandomized run, the same on every
# machine; `fuzz` digs deeper for local runs (HYPOTHESIS_PROFILE=fuzz, or --hypothesis-profile=fuzz).
settings.register_profile("ci", max_examples=200, derandomize=True, deadline=None, database=None,
                          print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def _guarded_connect(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else None
    if isinstance(host, str) and host not in ("localhost",):
        try:
            if not ipaddress.ip_address(host).is_loopback:
                raise OSError(f"tests must not use the network (tried {host})")
        except ValueError:
            raise OSError(f"tests must not use the network (tried {host})") from None
    _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _hermetic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setenv("NO_COLOR", "1")
    for var in ("GITHUB_STEP_SUMMARY", "JWT_AUDIT_DEBUG"):
        monkeypatch.delenv(var, raising=False)


def git(cwd: Path, *args: str) -> str:
    """Run git in `cwd` with a fixed identity; returns stdout."""
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com", "HOME": str(cwd), "PATH": "/usr/bin:/bin:/usr/local/bin"}
    out = subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True)
    return out.stdout


@pytest.fixture
def git_repo(tmp_path: Path) -> Iterator[Path]:
    """An empty git repository with main as its branch."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    yield repo


TEST_PACK = """\
pack:
  name: test-pack
  version: "1.0"
  title: Test pack
  description: A small pack for engine tests.
  timeline:
    - {id: announced, date: "2023-05-01", title: Announced}
    - {id: no-new, date: "2024-06-03", title: No new credentials}
    - {id: cutoff, date: "2025-01-01", title: Cutoff, primary: true}
    - {id: final-stop, date: "2026-03-01", title: Final stop, hard_stop: true}
  remediation: {summary: Use OAuth Server-to-Server., steps: [Create the credential., Switch the code.]}
  integration:
    id_patterns: ['(?i)client_?id["'']?\\s*[:=]\\s*["'']?(?P<id>[0-9a-f]{32})']
  scopes:
    - {metascope: ent_analytics_bulk_ingest_sdk, api: Adobe Analytics, oauth_scopes: [openid, AdobeID, read_organizations]}
    - {metascope: ent_stocksearch_sdk, api: Adobe Stock}
rules:
  - id: TEST-JWT-001
    name: jwt-exchange-endpoint
    title: JWT exchange endpoint
    description: Calls the IMS JWT exchange.
    kind: deprecated-jwt
    confidence: high
    match:
      keywords: [exchange/jwt]
      regex: '(?i)/ims/exchange/(?:v1/)?jwt\\b/?'
    severity: {default: info, schedule: [{from: announced, level: low}, {from: no-new, level: medium}, {from: cutoff, level: high}, {from: final-stop, level: critical}]}
  - id: TEST-OAUTH-001
    name: token-endpoint
    title: OAuth token endpoint
    description: Requests client-credentials tokens.
    kind: oauth-s2s
    confidence: high
    match:
      keywords: [ims/token/v3]
      context: [{regex: client_credentials, within: 5}]
    severity: info
  - id: TEST-KEY-001
    name: private-key
    title: Private key
    description: A PEM private key or certificate.
    kind: key-material
    confidence: high
    match:
      keywords: [private key-----, "begin certificate"]
      regex: '-----BEGIN (?:(?:RSA |ENCRYPTED )?PRIVATE KEY|CERTIFICATE)-----'
      exclude: ["private.key"]
    severity: high
  - id: TEST-KEY-002
    name: unlabeled-key-file
    title: Key file named like the console download
    description: A private key whose file name alone hints at the integration.
    kind: key-material
    confidence: medium
    match:
      keywords: [private key-----]
      regex: '-----BEGIN (?:RSA )?PRIVATE KEY-----'
      files: ["private.key"]
      corroborate: true
    severity: high
  - id: TEST-EXEMPT-001
    name: exempt-service-credential
    title: Service credential that is not deprecated
    description: Credentials of a kind the deprecation does not cover.
    kind: exempt
    confidence: high
    match:
      keywords: [ent_aem_cloud_api]
    severity: info
"""


@pytest.fixture
def test_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rules") / "test-pack.yaml"
    path.write_text(TEST_PACK, encoding="utf-8")
    return path
