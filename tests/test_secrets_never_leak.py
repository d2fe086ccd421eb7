"""Secrets never leak: distinct known secrets planted in every file format never appear in any output.

The tree below holds client secrets, a real RSA private key, JWT-shaped access tokens, passwords and
passwords inside URLs, in .env, INI, properties, YAML, JSON, XML, TOML, Python, JavaScript, Java,
shell, a notebook, a Kubernetes Secret (base64 values), a zip member and a minified one-line bundle.
It is scanned with the built-in packs plus `LEAK_PACK`, whose rules match the secret lines
themselves (and quote `{match}` in their messages), so every secret sits in a snippet or message
before redaction. Every output is then searched for each secret, its base64 form, any 10-character
piece of its random part, and every PEM body line: stdout and stderr of `scan` in every format
`auditor.reporters.formats()` lists (also with -v and --debug), the files written with -o,
`report SAVED.json -f FMT` for each format, `diff`, `baseline create`, error messages from broken
rule files, and log records.
"""
from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import string
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from auditor import cli, reporters
from tests.conftest import ROOT

AS_OF = "2026-11-28"
CLIENT_ID = "0123456789abcdef0123456789abcdef"
JWT_HINTS = "https://ims-na1.adobelogin.com/ims/exchange/jwt"

LEAK_PACK = """\
pack:
  name: leak-pack
  version: "1.0"
  title: Leak check
  description: Rules that match the secret-bearing lines themselves.
  timeline: [{id: cutoff, date: "2025-01-01", title: Cutoff, primary: true}]
  remediation: {summary: Remove the secret.}
rules:
  - id: LEAK-001
    name: keyed-secret
    title: Keyed secret
    description: A secret-looking key with its value.
    kind: deprecated-jwt
    confidence: high
    severity: high
    message: "secret assignment {match}"
    match:
      keywords: [secret, password, passwd, token, private_key]
      regex: '(?i)(?:client_?secret|secret|password|passwd|access_?token|token|private_?key)["'']?\\s*(?:[:=]|=>)\\s*\\S+'
  - id: LEAK-002
    name: leak-marker-line
    title: Any line with a planted value
    description: Matches the planted marker anywhere in a line.
    kind: deprecated-jwt
    confidence: high
    severity: high
    message: "marker {match}"
    match:
      keywords: [leak]
      regex: '[^\\n]{0,40}LEAK[^\\n]{0,80}'
  - id: LEAK-003
    name: pem-body
    title: PEM body line
    description: A line of a PEM body.
    kind: key-material
    confidence: high
    severity: high
    message: "key body {match}"
    match:
      keywords: [private key-----]
      regex: '(?m)^MII[A-Za-z0-9+/]{20,}'
  - id: LEAK-004
    name: bearer-token
    title: JWT-shaped token
    description: An access token.
    kind: deprecated-jwt
    confidence: high
    severity: high
    message: "token {match}"
    match:
      keywords: [eyj]
      regex: 'eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+'
  - id: LEAK-005
    name: url-credentials
    title: Password in a URL
    description: user:password@host.
    kind: deprecated-jwt
    confidence: high
    severity: high
    message: "url {match}"
    match:
      keywords: ["://"]
      regex: '[a-z]+://[^\\s/:@]+:[^\\s@]+@[\\w.-]+'
"""


@dataclass
class Planted:
    """Every secret planted, and the strings that must never appear in any output."""

    values: list[str] = field(default_factory=list)
    pem_lines: list[str] = field(default_factory=list)
    encoded: list[str] = field(default_factory=list)  # whole encoded blobs (a Secret's base64 value)

    def new(self, prefix: str, fmt: str) -> str:
        tail = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(24))
        value = f"{prefix}-{fmt}-{tail}"
        self.values.append(value)
        return value

    def needles(self) -> Iterator[tuple[str, str]]:
        for v in self.values:
            yield v, v
            yield v, base64.b64encode(v.encode()).decode()
            tail = v.rsplit("-", 1)[1]
            for i in range(len(tail) - 9):
                yield v, tail[i:i + 10]
        for blob in self.encoded:
            yield "encoded blob", blob
        for line in self.pem_lines:
            for i in range(0, max(len(line) - 15, 1), 8):
                yield "PEM body line " + line, line[i:i + 16]


def _token(planted: Planted, fmt: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": planted.new("tok", fmt)}).encode()).decode().rstrip("=")
    sig = planted.new("sig", fmt).replace("-", "_")
    return f"{head}.{body}.{sig}"


def _pem() -> tuple[str, list[str]]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    return pem, [ln for ln in pem.splitlines() if ln and not ln.startswith("-----") and len(ln) >= 16]


def plant(root: Path) -> Planted:
    """Write the tree; every format gets its own secrets."""
    p = Planted()
    pem, body = _pem()
    p.pem_lines = body
    pem_json = pem.replace("\n", "\\n")
    files: dict[str, str] = {
        ".env": f"""ADOBE_CLIENT_ID={CLIENT_ID}
ADOBE_CLIENT_SECRET={p.new("p8e-LEAKCHECK", "env")}
ADOBE_TECHNICAL_ACCOUNT_ID=ABCDEF0123456789@techacct.adobe.com
ADOBE_ORG_ID=0123456789ABCDEF@AdobeOrg
ADOBE_METASCOPES=ent_analytics_bulk_ingest_sdk
IMS_ENDPOINT={JWT_HINTS}
DB_PASSWORD={p.new("Pw-LEAK", "env")}
DATABASE_URL=postgres://svc:{p.new("Url-LEAK", "env")}@db.example.com/app
ACCESS_TOKEN={_token(p, "env")}
""",
        "config.ini": f"""[adobe]
client_id = {CLIENT_ID}
client_secret = {p.new("p8e-LEAKCHECK", "ini")}
technical_account_id = ABCDEF0123456789@techacct.adobe.com
ims_host = ims-na1.adobelogin.com
jwt_endpoint = {JWT_HINTS}
password = {p.new("Pw-LEAK", "ini")}
""",
        "app.properties": f"""adobe.client.id={CLIENT_ID}
adobe.client.secret={p.new("p8e-LEAKCHECK", "properties")}
adobe.ims.url={JWT_HINTS}
spring.datasource.password={p.new("Pw-LEAK", "properties")}
proxy.url=http://proxyuser:{p.new("Url-LEAK", "properties")}@proxy.example.com:8080
""",
        "config.yaml": f"""adobe:
  client_id: {CLIENT_ID}
  client_secret: "{p.new("p8e-LEAKCHECK", "yaml")}"
  technical_account_id: ABCDEF0123456789@techacct.adobe.com
  org_id: 0123456789ABCDEF@AdobeOrg
  meta_scopes: [ent_analytics_bulk_ingest_sdk]
  ims: {JWT_HINTS}
  private_key: |
{chr(10).join("    " + ln for ln in pem.splitlines())}
db:
  password: {p.new("Pw-LEAK", "yaml")}
  url: mysql://app:{p.new("Url-LEAK", "yaml")}@db.example.com/app
""",
        "config.json": json.dumps({
            "CLIENT_SECRETS": [p.new("p8e-LEAKCHECK", "json")], "API_KEY": CLIENT_ID,
            "TECHNICAL_ACCOUNT_ID": "ABCDEF0123456789@techacct.adobe.com", "ORG_ID": "0123456789ABCDEF@AdobeOrg",
            "METASCOPES": ["ent_analytics_bulk_ingest_sdk"], "PUBLIC_KEYS_WITH_EXPIRY": {"abc": "01/01/2030"},
            "private_key": "__PEM__", "password": p.new("Pw-LEAK", "json"), "access_token": _token(p, "json"),
        }, indent=2).replace("__PEM__", pem_json),
        "config.xml": f"""<config>
  <ims>{JWT_HINTS}</ims>
  <clientId>{CLIENT_ID}</clientId>
  <clientSecret>{p.new("p8e-LEAKCHECK", "xml")}</clientSecret>
  <password>{p.new("Pw-LEAK", "xml")}</password>
  <url>https://svc:{p.new("Url-LEAK", "xml")}@repo.example.com/maven</url>
</config>
""",
        "config.toml": f"""[adobe]
client_id = "{CLIENT_ID}"
client_secret = "{p.new("p8e-LEAKCHECK", "toml")}"
ims_url = "{JWT_HINTS}"
technical_account_id = "ABCDEF0123456789@techacct.adobe.com"
password = "{p.new("Pw-LEAK", "toml")}"
""",
        "app.py": f"""import jwt, requests
CLIENT_SECRET = "{p.new("p8e-LEAKCHECK", "py")}"
PRIVATE_KEY = \"\"\"{pem}\"\"\"
token = jwt.encode({{"iss": "0123456789ABCDEF@AdobeOrg", "ent_analytics_bulk_ingest_sdk": True}}, PRIVATE_KEY, algorithm="RS256")
r = requests.post("{JWT_HINTS}", data={{"client_id": "{CLIENT_ID}", "client_secret": CLIENT_SECRET, "jwt_token": token}})
db_password = "{p.new("Pw-LEAK", "py")}"
headers = {{"Authorization": "Bearer {_token(p, "py")}"}}
""",
        "index.js": f"""const auth = require('@adobe/jwt-auth');
const config = {{ clientId: '{CLIENT_ID}', clientSecret: '{p.new("p8e-LEAKCHECK", "js")}',
  technicalAccountId: 'ABCDEF0123456789@techacct.adobe.com', orgId: '0123456789ABCDEF@AdobeOrg',
  metaScopes: ['ent_analytics_bulk_ingest_sdk'], privateKey: process.env.KEY, password: '{p.new("Pw-LEAK", "js")}' }};
fetch('https://u:{p.new("Url-LEAK", "js")}@api.example.com/x');
""",
        "Main.java": f"""class Main {{
  static final String CLIENT_SECRET = "{p.new("p8e-LEAKCHECK", "java")}";
  static final String IMS = "{JWT_HINTS}";
  static final String password = "{p.new("Pw-LEAK", "java")}";
}}
""",
        "deploy.sh": f"""#!/bin/sh
export CLIENT_SECRET={p.new("p8e-LEAKCHECK", "sh")}
curl -d "client_id={CLIENT_ID}&client_secret=$CLIENT_SECRET&jwt_token=$JWT" {JWT_HINTS}
export PGPASSWORD={p.new("Pw-LEAK", "sh")}
git clone https://deploy:{p.new("Url-LEAK", "sh")}@git.example.com/repo.git
""",
        "analysis.ipynb": json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": [
            "import aanalytics2 as api2\n",
            f"api2.configure(org_id='0123456789ABCDEF@AdobeOrg', tech_id='ABCDEF@techacct.adobe.com', "
            f"secret='{p.new('p8e-LEAKCHECK', 'ipynb')}', client_id='{CLIENT_ID}', path_to_key='private.key')\n",
            f"password = '{p.new('Pw-LEAK', 'ipynb')}'\n"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5},
            indent=1),
        "private.key": pem,
    }
    k8s_env = f"ADOBE_CLIENT_SECRET={p.new('p8e-LEAKCHECK', 'k8s')}\nIMS={JWT_HINTS}\n"
    k8s_pw = f"password={p.new('Pw-LEAK', 'k8s')}"
    p.encoded += [base64.b64encode(k8s_env.encode()).decode(), base64.b64encode(k8s_pw.encode()).decode()]
    files["k8s/secret.yaml"] = f"""apiVersion: v1
kind: Secret
metadata:
  name: adobe-jwt
type: Opaque
data:
  config.env: {base64.b64encode(k8s_env.encode()).decode()}
  db: {base64.b64encode(k8s_pw.encode()).decode()}
  private.key: {base64.b64encode(pem.encode()).decode()}
stringData:
  client_secret: {p.new("p8e-LEAKCHECK", "k8s-string")}
"""
    filler = "var a=1;" * 120
    files["dist/app.min.js"] = (
        f'{filler}fetch("{JWT_HINTS}",{{client_secret:"{p.new("p8e-LEAKCHECK", "min")}",password:"'
        f'{p.new("Pw-LEAK", "min")}",token:"{_token(p, "min")}"}});{filler}\n')
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    with zipfile.ZipFile(root / "bundle.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("config/.env", f"ADOBE_CLIENT_SECRET={p.new('p8e-LEAKCHECK', 'zip')}\nIMS={JWT_HINTS}\n"
                                   f"PASSWORD={p.new('Pw-LEAK', 'zip')}\n")
    return p


# ---- running every output ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def planted_tree(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Planted]:
    base = tmp_path_factory.mktemp("leak")
    tree = base / "tree"
    tree.mkdir()
    planted = plant(tree)
    pack = base / "leak-pack.yaml"
    pack.write_text(LEAK_PACK, encoding="utf-8")
    return tree, pack, planted


def _invoke(args: list[str], caplog: pytest.LogCaptureFixture) -> str:
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        result = CliRunner().invoke(cli.main, args, catch_exceptions=True)
    exc = "" if result.exception is None or isinstance(result.exception, SystemExit) else repr(result.exception)
    return "\n".join([result.output, result.stderr, exc, caplog.text])


def _outputs(tree: Path, pack: Path, tmp: Path, caplog: pytest.LogCaptureFixture) -> dict[str, str]:
    scan = ["scan", str(tree), "--rules", str(pack), "--as-of", AS_OF, "--jobs", "1"]
    out: dict[str, str] = {}
    for fmt in reporters.formats():
        out[f"scan -f {fmt}"] = _invoke([*scan, "-f", fmt], caplog)
        target = tmp / f"out.{fmt}"
        out[f"scan -f {fmt} -o"] = _invoke([*scan, "-f", fmt, "-o", str(target)], caplog) + target.read_text()
    out["scan -v"] = _invoke([*scan, "-v"], caplog)
    out["scan --debug"] = _invoke([*scan, "--debug", "-f", "json"], caplog)
    saved = tmp / "out.json"
    for fmt in reporters.formats():
        out[f"report -f {fmt}"] = _invoke(["report", str(saved), "-f", fmt], caplog)
    out["diff"] = _invoke(["diff", str(saved), str(saved)], caplog)
    baseline = tmp / "baseline.json"
    out["baseline create"] = _invoke(["baseline", "create", str(tree), "--rules", str(pack), "--as-of", AS_OF,
                                      "-o", str(baseline)], caplog) + (baseline.read_text() if baseline.exists() else "")
    return out


def _broken_rule_outputs(tree: Path, planted: Planted, tmp: Path, caplog: pytest.LogCaptureFixture) -> dict[str, str]:
    """Rule files that fail to load, with a planted secret right where the error is."""
    bad_yaml = tmp / "bad-yaml.yaml"
    bad_yaml.write_text(LEAK_PACK + f"    tags: [{planted.new('p8e-LEAKCHECK', 'rule-yaml')}\n")
    bad_schema = tmp / "bad-schema.yaml"
    bad_schema.write_text(LEAK_PACK + f"    tags: {planted.new('p8e-LEAKCHECK', 'rule-schema')}\n")
    bad_regex = tmp / "bad-regex.yaml"
    bad_regex.write_text(LEAK_PACK.replace("regex: '[a-z]+://", f"regex: '({planted.new('Pw-LEAK', 'rule-regex')}"))
    out = {}
    for path in (bad_yaml, bad_schema, bad_regex):
        text = _invoke(["scan", str(tree), "--rules", str(path), "--debug"], caplog)
        assert "error:" in text, text
        out[f"broken rules {path.name}"] = text
    return out


def test_no_planted_secret_appears_in_any_output(planted_tree: tuple[Path, Path, Planted], tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    tree, pack, planted = planted_tree
    outputs = _outputs(tree, pack, tmp_path, caplog)
    outputs.update(_broken_rule_outputs(tree, planted, tmp_path, caplog))
    report = json.loads((tmp_path / "out.json").read_text())
    rules_hit = {f["rule_id"] for f in report["findings"]}
    assert {"LEAK-001", "LEAK-002", "LEAK-003", "LEAK-004", "LEAK-005"} <= rules_hit
    assert any(r.startswith("ADOBE-") for r in rules_hit)
    flagged = {f["path"].split("!")[0] for f in report["findings"]}
    assert flagged >= {p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file()}
    leaks = sorted({(name, what) for name, text in outputs.items() for what, needle in planted.needles()
                    if needle in text})
    assert not leaks, "\n".join(f"{name}: {what}" for name, what in leaks[:40])


def test_no_secret_in_a_real_process_with_debug(planted_tree: tuple[Path, Path, Planted], tmp_path: Path) -> None:
    """Outside the test runner: real stdout and stderr, with --debug, -v and JWT_AUDIT_DEBUG set."""
    tree, pack, planted = planted_tree
    env = {**os.environ, "JWT_AUDIT_DEBUG": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "auditor", "scan", str(tree), "--rules", str(pack), "--as-of",
                           AS_OF, "--debug", "-v", "--jobs", "2"], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 1, proc.stderr
    text = proc.stdout + proc.stderr
    assert not [what for what, needle in planted.needles() if needle in text]
