"""Matching on real files: lines and columns, encodings, archives, Kubernetes secrets, certificates, comments."""
from __future__ import annotations

import base64
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from auditor import languages
from auditor.api import ScanRequest, scan
from auditor.model import ScanResult, Severity
from auditor.report import to_dict, validate

AS_OF = dt.date(2026, 11, 28)
EXCHANGE = 'requests.post("https://ims-na1.adobelogin.com/ims/exchange/jwt", data=form)\n'


def run(root: Path, test_pack: Path, **kw: object) -> ScanResult:
    return scan(ScanRequest(paths=[str(root)], as_of=AS_OF, rules=[test_pack], builtin_rules=False, **kw))  # type: ignore[arg-type]


def where(result: ScanResult) -> list[tuple[str, int, int, str]]:
    return [(f.path, f.line, f.column, f.rule_id) for f in result.findings]


def test_line_and_column_of_a_match(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "a.py").write_text("import requests\n\n" + "    " + EXCHANGE, encoding="utf-8")
    result = run(tmp_path, test_pack)
    assert where(result) == [("a.py", 3, 50, "TEST-JWT-001")]
    f = result.findings[0]
    assert f.severity == Severity.CRITICAL and f.milestone is not None and f.milestone.id == "final-stop"
    validate(to_dict(result))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1"])
def test_encodings(tmp_path: Path, test_pack: Path, encoding: str) -> None:
    text = "# café\r\n\r\n" + EXCHANGE.replace("\n", "\r\n")
    (tmp_path / "a.py").write_bytes(text.encode(encoding))
    assert where(run(tmp_path, test_pack)) == [("a.py", 3, 46, "TEST-JWT-001")]


def test_cr_only_line_endings(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "a.py").write_bytes(b"x = 1\ry = 2\r" + EXCHANGE.encode())
    assert where(run(tmp_path, test_pack)) == [("a.py", 3, 46, "TEST-JWT-001")]


def test_minified_long_line_reports_the_column(tmp_path: Path, test_pack: Path) -> None:
    line = "var a=1;" * 50000 + 'fetch("https://ims-na1.adobelogin.com/ims/exchange/jwt");' + "var b=2;" * 1000
    (tmp_path / "app.min.js").write_text(line, encoding="utf-8")
    result = run(tmp_path, test_pack)
    assert where(result) == [("app.min.js", 1, 400000 + 38, "TEST-JWT-001")]
    assert len(result.findings[0].snippet) < 200


def test_zip_members_are_scanned(tmp_path: Path, test_pack: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("keys/app.pem", "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
        zf.writestr("README", "nothing here\n")
    (tmp_path / "config.zip").write_bytes(buf.getvalue())
    result = run(tmp_path, test_pack)
    assert where(result) == [("config.zip!/keys/app.pem", 1, 1, "TEST-KEY-001")]
    assert result.findings[0].details["key_type"] == "PKCS#8 private key"


def test_zip_bomb_member_is_skipped_with_reason(tmp_path: Path, test_pack: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", b"0" * (6 * 1024 * 1024))
    (tmp_path / "bomb.zip").write_bytes(buf.getvalue())
    result = run(tmp_path, test_pack)
    assert [(s.path, "zip bomb" in s.reason or "larger" in s.reason) for s in result.skipped] == [
        ("bomb.zip!/big.txt", True)]


def test_kubernetes_secret_values_are_decoded(tmp_path: Path, test_pack: Path) -> None:
    value = base64.b64encode(EXCHANGE.encode()).decode()
    (tmp_path / "secret.yaml").write_text(
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: adobe\ndata:\n  url: {value}\n", encoding="utf-8")
    result = run(tmp_path, test_pack)
    assert where(result) == [("secret.yaml", 6, 1, "TEST-JWT-001")]
    assert result.findings[0].details["decoded_from"] == "base64 value of data.url"


def test_certificate_subject_and_expiry_move_the_deadline(tmp_path: Path, test_pack: Path) -> None:
    from tests.certs import self_signed

    cert = self_signed("Adobe JWT cert", dt.datetime(2025, 9, 15, 12, 0))
    (tmp_path / "certificate_pub.crt").write_text(cert, encoding="utf-8")
    (tmp_path / "auth.py").write_text(EXCHANGE, encoding="utf-8")
    result = run(tmp_path, test_pack)
    cert_finding = next(f for f in result.findings if f.path == "certificate_pub.crt")
    assert cert_finding.details["subject"] == "CN=Adobe JWT cert"
    assert cert_finding.details["not_after"] == "2025-09-15"
    (integration,) = result.integrations
    assert integration.deadline == "2025-09-15"
    assert "certificate CN=Adobe JWT cert expires 2025-09-15" in integration.deadline_reason


def test_comments_and_docs_are_low_confidence_and_capped(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "a.py").write_text("# " + EXCHANGE, encoding="utf-8")
    (tmp_path / "NOTES.md").write_text(f"Call {EXCHANGE.strip()} like this:\n\n```sh\n{EXCHANGE}```\n",
                                       encoding="utf-8")
    result = run(tmp_path, test_pack)  # documentation is not matched by default: it describes usages
    assert [(f.path, f.line, f.confidence, f.severity) for f in result.findings] == [("a.py", 1, "low", Severity.LOW)]
    assert result.repos[0].status == "not-started"  # JWT code left in a comment: the migration is not done
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    result = run(tmp_path, test_pack, include_docs=True)  # --docs: its code examples, never its prose
    assert [(f.path, f.line, f.confidence, f.severity) for f in result.findings] == [
        ("NOTES.md", 4, "low", Severity.LOW)]
    assert result.repos[0].status == "clean"  # a runbook's example is not a usage


@pytest.mark.parametrize(("name", "text", "code"), [
    ("README.md", "Prose `x`.\n\n```\ncode\n```\n\n    indented\nprose again\n$ curl it\n", {4, 7, 9}),
    ("CHANGELOG.md", "- replaced the `/ims/exchange/jwt` call\n  continued item\n", set()),
    ("guide.rst", "Run::\n\n    curl x\n\nText\n\n    quoted, not code\n", {3}),
    ("guide.adoc", "Text\n----\ncurl x\n----\n", {3}),
    ("README.txt", "~~~\ncurl x\n~~~\nprose\n", {2}),
])
def test_documentation_code_lines(name: str, text: str, code: set[int]) -> None:
    """Findings in documentation are kept on code lines only: a runbook's command, not a sentence."""
    assert languages.is_prose_markup(name)
    assert languages.documentation_code_lines(text, name) == code
    assert not languages.is_prose_markup("notes.txt")  # may hold anything: matched whole, at low confidence


def test_context_is_required(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "ok.py").write_text('URL = "https://ims-na1.adobelogin.com/ims/token/v3"\n'
                                    'form = {"grant_type": "client_credentials"}\n', encoding="utf-8")
    (tmp_path / "user.py").write_text('URL = "https://ims-na1.adobelogin.com/ims/token/v3"\n'
                                      'form = {"grant_type": "authorization_code"}\n', encoding="utf-8")
    assert where(run(tmp_path, test_pack)) == [("ok.py", 1, 39, "TEST-OAUTH-001")]


def test_integration_status_by_client_id(tmp_path: Path, test_pack: Path) -> None:
    cid = "0123456789abcdef0123456789abcdef"
    (tmp_path / "old.py").write_text(f'client_id = "{cid}"\nscope = "ent_analytics_bulk_ingest_sdk"\n' + EXCHANGE)
    (tmp_path / "new.py").write_text(f'client_id = "{cid}"\nr = post("https://ims-na1.adobelogin.com/ims/token/v3",'
                                     ' {"grant_type": "client_credentials"})\n')
    result = run(tmp_path, test_pack)
    (integration,) = result.integrations
    assert integration.status == "in-progress"
    assert integration.apis == ("Adobe Analytics",)
    assert integration.scopes == ("openid", "AdobeID", "read_organizations")
    assert integration.files == ("new.py", "old.py")
    assert result.repos[0].status == "in-progress"


def test_unknown_scope_is_said_clearly(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "stock.py").write_text('META = "ent_stocksearch_sdk"\n' + EXCHANGE)
    (integration,) = run(tmp_path, test_pack).integrations
    assert integration.apis == ("Adobe Stock",) and integration.scopes == ()
    assert integration.unknown_scopes == ("ent_stocksearch_sdk",)


def test_secrets_are_redacted_in_snippets_and_messages(tmp_path: Path, test_pack: Path) -> None:
    secret = "p8e-Xq7TopSecretValue1234567"
    (tmp_path / "a.py").write_text(f'post("https://ims-na1.adobelogin.com/ims/exchange/jwt", client_secret="{secret}")\n')
    result = run(tmp_path, test_pack)
    text = str(to_dict(result))
    assert "ims/exchange/jwt" in text and secret not in text and "<redacted sha256:" in text


def test_binary_and_oversized_files_are_listed(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0" + EXCHANGE.encode())
    (tmp_path / "big.py").write_text(EXCHANGE * 1000)
    result = run(tmp_path, test_pack, max_file_size=10_000)
    reasons = {s.path: s.reason for s in result.skipped}
    assert reasons["img.png"] == "binary file"
    assert reasons["big.py"].startswith("larger than the size limit")
    assert result.findings == ()


def test_fingerprints_survive_moving_lines(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "a.py").write_text(EXCHANGE)
    before = run(tmp_path, test_pack).findings[0].fingerprint
    (tmp_path / "a.py").write_text("\n\nimport os\n" + EXCHANGE)
    assert run(tmp_path, test_pack).findings[0].fingerprint == before


def test_parallel_and_serial_runs_agree(tmp_path: Path, test_pack: Path) -> None:
    for i in range(120):
        body = EXCHANGE if i % 7 == 0 else "x = 1\n"
        (tmp_path / f"f{i:03}.py").write_text(body * 2000)
    serial = to_dict(run(tmp_path, test_pack, jobs=1))
    parallel = to_dict(run(tmp_path, test_pack, jobs=2))
    assert serial == parallel and serial["summary"]["findings"] == 18 * 2000


def test_the_process_pool_reports_what_a_serial_scan_does(tmp_path: Path, test_pack: Path) -> None:
    """Enough files for the pool (several batches, two repos): findings, skipped files and counts all agree."""
    import os

    from auditor.engine import Workers

    repos = [tmp_path / "one", tmp_path / "two"]
    for n, repo in enumerate(repos):
        for i in range(Workers.MIN_TASKS + 40):
            sub = repo / f"d{i % 9}"
            sub.mkdir(parents=True, exist_ok=True)
            if i % 50 == 3:
                (sub / f"img{i}.png").write_bytes(b"\x89PNG\0\0" * 10)
            else:
                (sub / f"f{i}.py").write_text(EXCHANGE * (i % 3) + f"x = {i}\n" * (i % 700 + n))
        (repo / "d0" / "broken.py").symlink_to(repo / "missing")
    if os.geteuid() != 0:
        (repos[0] / "d1" / "locked.py").write_text(EXCHANGE)
        (repos[0] / "d1" / "locked.py").chmod(0)
    serial = to_dict(scan(ScanRequest(paths=[str(r) for r in repos], as_of=AS_OF, rules=[test_pack],
                                      builtin_rules=False, jobs=1)))
    parallel = to_dict(scan(ScanRequest(paths=[str(r) for r in repos], as_of=AS_OF, rules=[test_pack],
                                        builtin_rules=False, jobs=2)))
    assert serial == parallel
    assert serial["summary"]["findings"] > 100
    reasons = {s["reason"] for s in serial["files"]["skipped"]}
    assert len(serial["files"]["skipped"]) >= 12 and "binary file" in reasons
    assert serial["files"]["scanned"] + len(serial["files"]["skipped"]) == 2 * (Workers.MIN_TASKS + 41) + (
        os.geteuid() != 0)


def test_weak_matches_need_corroboration_in_the_repo(tmp_path: Path, test_pack: Path) -> None:
    from tests.certs import private_key_pem

    lone, adobe = tmp_path / "nginx", tmp_path / "adobe"
    for root in (lone, adobe):
        root.mkdir()
        (root / "private.key").write_text(private_key_pem())
    (adobe / "auth.py").write_text(EXCHANGE)
    result = scan(ScanRequest(paths=[str(lone), str(adobe)], as_of=AS_OF, rules=[test_pack], builtin_rules=False))
    assert [(Path(f.repo).name, f.path, f.rule_id) for f in result.findings] == [
        ("adobe", "auth.py", "TEST-JWT-001"), ("adobe", "private.key", "TEST-KEY-002")]
    assert [r.status for r in result.repos] == ["clean", "not-started"]


def test_exempt_match_turns_the_files_findings_exempt(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "aem.py").write_text('META = "ent_aem_cloud_api"\n' + EXCHANGE)
    result = run(tmp_path, test_pack)
    assert [(f.rule_id, f.kind, f.severity) for f in result.findings] == [
        ("TEST-EXEMPT-001", "exempt", Severity.INFO), ("TEST-JWT-001", "exempt", Severity.INFO)]
    assert result.repos[0].status == "clean" and result.integrations == ()


AEM_ENV = ("AEM_SERVICECREDENTIALS_CLIENT_ID=cm-p12345-e67890-integration-0\n"
           "AEM_SERVICECREDENTIALS_META_SCOPES=ent_aem_cloud_api\n")
JWT_AUTH_DEP = '{\n  "name": "sync",\n  "dependencies": {\n    "@adobe/jwt-auth": "^2.0.0"\n  }\n}\n'


@pytest.mark.parametrize(("extra", "kind", "status"), [
    ({}, "exempt", "clean"),  # the library serves the AEM as a Cloud Service credential only
    ({"token.py": EXCHANGE}, "jwt-dependency", "not-started"),  # a Developer Console JWT flow beside it
])
def test_a_jwt_library_of_an_exempt_credential_is_exempt(tmp_path: Path, extra: dict[str, str], kind: str,
                                                          status: str) -> None:
    (tmp_path / ".env.example").write_text(AEM_ENV, encoding="utf-8")
    (tmp_path / "package.json").write_text(JWT_AUTH_DEP, encoding="utf-8")
    for name, text in extra.items():
        (tmp_path / name).write_text("IMS = 'https://ims-na1.adobelogin.com'\n" + text, encoding="utf-8")
    result = scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF, jobs=1))
    (dep,) = [f for f in result.findings if f.path == "package.json"]
    assert (dep.kind, result.repos[0].status) == (kind, status)


def test_an_exempt_unless_context_reports_the_match_as_exempt(tmp_path: Path) -> None:
    """AEM as a Cloud Service code signing its service credential's JWT: exempt info findings, not silence."""
    (tmp_path / "aemToken.js").write_text(
        "const creds = require('./service-credentials.json') // ent_aem_cloud_api\n"
        "const form = { client_id: id, client_secret: secret, jwt_token: signed }\n"
        "fetch('https://ims-na1.adobelogin.com/ims/exchange/jwt', { method: 'POST', body: form })\n",
        encoding="utf-8")
    result = scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF, jobs=1))
    assert {(f.line, f.kind) for f in result.findings} >= {(2, "exempt"), (3, "exempt")}
    assert all(f.kind == "exempt" and f.severity == Severity.INFO for f in result.findings)
    assert result.repos[0].status == "clean"


def test_a_key_inside_a_config_value_is_jwt_config(tmp_path: Path) -> None:
    from tests.certs import private_key_pem

    pem = private_key_pem()
    (tmp_path / ".env").write_text("ADOBE_META_SCOPES=ent_analytics_bulk_ingest_sdk\nADOBE_PRIVATE_KEY=\""
                                   + pem.replace("\n", "\\n") + "\"\n", encoding="utf-8")
    (tmp_path / "private.key").write_text(pem, encoding="utf-8")
    result = scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF, jobs=1))
    kinds = {(f.path, f.line): f.kind for f in result.findings if f.rule_id.startswith("ADOBE-KEY")}
    assert kinds == {(".env", 2): "jwt-config", ("private.key", 1): "key-material"}


def test_a_rule_pack_inside_the_scanned_tree_is_skipped_not_matched(tmp_path: Path, test_pack: Path) -> None:
    import shutil

    shutil.copy(test_pack, tmp_path / "pack.yaml")
    (tmp_path / "a.py").write_text(EXCHANGE)
    result = run(tmp_path, tmp_path / "pack.yaml")
    assert [f.path for f in result.findings] == ["a.py"]
    assert [(s.path, s.reason) for s in result.skipped] == [("pack.yaml", "rule pack loaded by this scan")]
    elsewhere = run(tmp_path, test_pack)  # the same file, not the loaded pack: scanned like any other
    assert "pack.yaml" not in {s.path for s in elsewhere.skipped}


GRANT = 'token = requests.post(settings.TOKEN_URL, data={"grant_type": "client_credentials", "scope": scopes})\n'
IMS_SETTINGS = 'TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"\n'


def adobe(result: ScanResult) -> list[tuple[str, str, int, str, bool]]:
    return [(Path(f.repo).name, f.path, f.line, f.rule_id, bool(f.details.get("context_elsewhere")))
            for f in result.findings]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_context_within_the_repo_may_sit_in_another_file_of_the_same_repo_only(tmp_path: Path, jobs: int) -> None:
    """ADOBE-OAUTH-018: the grant in one file, the Adobe IMS endpoint in another file of the same repository."""
    from auditor.engine import Workers

    both, alone, docs = tmp_path / "both", tmp_path / "alone", tmp_path / "docs"
    for root in (both, alone, docs):
        (root / "app").mkdir(parents=True)
        (root / "app" / "client.py").write_text("import requests\n\n" + GRANT)
    (both / "app" / "settings.py").write_text(IMS_SETTINGS)
    (docs / "README.md").write_text("We call https://ims-na1.adobelogin.com/ims/token/v3 for tokens.\n")  # prose
    if jobs > 1:  # enough files for the process pool, the settings in one batch and the grant in another
        for i in range(Workers.MIN_TASKS + 600):
            (both / f"pad{i:04}.txt").write_text("nothing here\n")
    result = scan(ScanRequest(paths=[str(both), str(alone), str(docs)], as_of=AS_OF, jobs=jobs))
    found = [f for f in adobe(result) if f[3] in ("ADOBE-OAUTH-002", "ADOBE-OAUTH-018")]
    assert found == [("both", "app/client.py", 3, "ADOBE-OAUTH-018", True)]
    assert {r.root.rsplit("/", 1)[-1]: r.status for r in result.repos}["both"] == "migrated"
    assert "_repo_context" not in str([f.details for f in result.findings])  # internal bookkeeping never shows


def test_a_context_in_the_same_file_needs_no_other_file(tmp_path: Path) -> None:
    (tmp_path / "client.py").write_text(IMS_SETTINGS + GRANT)
    found = [f for f in adobe(scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF))) if f[3].startswith("ADOBE-OAUTH")]
    assert ("client.py", 2, "ADOBE-OAUTH-002", False) in [f[1:] for f in found]
    assert not any(f[4] for f in found)


def test_within_repo_is_refused_in_an_unless(tmp_path: Path, test_pack: Path) -> None:
    from auditor.errors import RuleError
    from auditor.ruleset import load_rules

    text = test_pack.read_text(encoding="utf-8").replace(
        "      regex: '-----BEGIN (?:(?:RSA |ENCRYPTED )?PRIVATE KEY|CERTIFICATE)-----'\n",
        "      regex: '-----BEGIN (?:(?:RSA |ENCRYPTED )?PRIVATE KEY|CERTIFICATE)-----'\n"
        "      unless:\n        - {regex: 'nginx', within: repo}\n", 1)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match="only for `context`"):
        load_rules([bad], builtin=False)


def test_a_secret_value_sees_its_manifest_and_a_commented_setting_is_left_over_code(tmp_path: Path) -> None:
    """A base64 PEM in a Kubernetes Secret names no Adobe marker itself: its manifest does (IMS_CLIENT_ID).
    A commented-out JWT setting is reported as deprecated-jwt, not as live configuration."""
    from tests.certs import private_key_pem

    pem = base64.b64encode(private_key_pem().encode()).decode()
    (tmp_path / "secret.yaml").write_text(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ims\ndata:\n"
        f"  IMS_CLIENT_ID: NWU0ZDNjMmIxYTBm\n  IMS_PRIVATE_KEY: {pem}\n", encoding="utf-8")
    (tmp_path / "settings.py").write_text('# ADOBE_METASCOPES = "ent_analytics_bulk_ingest_sdk"\n', encoding="utf-8")
    result = scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF))
    found = {(f.path, f.line, f.kind, f.confidence) for f in result.findings}
    assert ("secret.yaml", 7, "jwt-config", "high") in found
    assert ("settings.py", 1, "deprecated-jwt", "low") in found


def test_a_notebooks_markdown_cells_and_outputs_are_prose(tmp_path: Path) -> None:
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": [
            "Auth moved from `https://ims-na1.adobelogin.com/ims/exchange/jwt` to OAuth.\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["POST https://ims-na1.adobelogin.com/ims/exchange/jwt\n"]}],
         "source": ["token = requests.post(\"https://ims-na1.adobelogin.com/ims/exchange/jwt\", data=form)\n"]},
    ]
    import json as _json

    text = _json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1, sort_keys=True)
    (tmp_path / "audit.ipynb").write_text(text + "\n", encoding="utf-8")
    lines = text.split("\n")
    code_line = next(n for n, line in enumerate(lines, 1) if "token = requests.post" in line)
    found = [(f.path, f.line) for f in scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF)).findings]
    assert found == [("audit.ipynb", code_line)]


def test_an_integration_is_one_credential_of_one_pack(tmp_path: Path) -> None:
    """An Adobe JWT credential and a Zoom app moved to OAuth, side by side: two integrations, and the repo is
    not-started (its Adobe migration has not begun), not in-progress."""
    (tmp_path / "adobe.py").write_text(EXCHANGE, encoding="utf-8")
    (tmp_path / "zoom.py").write_text(
        'token = requests.post("https://zoom.us/oauth/token", params={"grant_type": "account_credentials", '
        '"account_id": ZOOM_ACCOUNT_ID}, auth=(ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET))\n', encoding="utf-8")
    assert {f.pack for f in scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF)).findings} == {"adobe-ims-jwt"}
    result = scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF, packs=("adobe-ims-jwt", "zoom-jwt-app")))
    assert {f.pack for f in result.findings} == {"adobe-ims-jwt", "zoom-jwt-app"}
    statuses = sorted((i.id.split("#")[1], i.status) for i in result.integrations)
    assert statuses == [("adobe-ims-jwt/project:.", "not-started"), ("zoom-jwt-app/project:.", "migrated")]
    assert result.repos[0].status == "not-started"
    labels = {i.label for i in result.integrations}
    assert labels == {"project folder ."}


def test_batches_cover_every_task_once_and_end_small() -> None:
    from auditor.engine import batches

    for count, jobs in ((1, 2), (3, 2), (700, 2), (20000, 4)):
        parts = batches([8192] * count, jobs)
        assert parts[0][0] == 0 and parts[-1][1] == count
        assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(parts, parts[1:], strict=False))
        if count > 5000:  # the pool's last batches are quarters of the others: no worker is left with a big one
            assert parts[-1][1] - parts[-1][0] <= (parts[0][1] - parts[0][0]) // 4 + 1


def test_a_worker_that_dies_stops_the_scan_with_an_error(tmp_path: Path, test_pack: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed mid-scan (out of memory, a signal) is noticed: the scan fails, it never hangs or
    reports the files that worker had as clean."""
    import os

    from auditor import engine

    if not hasattr(os, "fork"):
        pytest.skip("workers are forked only where the platform can")
    for i in range(600):
        (tmp_path / f"f{i:03}.py").write_text(EXCHANGE if i % 50 == 0 else "x = 1\n")
    real = engine._scan_batch

    def dying(batch: engine.Batch) -> engine.Outcomes:
        if batch[0] > 300:
            os._exit(9)
        return real(batch)

    monkeypatch.setattr(engine, "_scan_batch", dying)
    with pytest.raises(RuntimeError, match="ended before its work was done"):
        run(tmp_path, test_pack, jobs=2)


@pytest.mark.parametrize("git", [False, True], ids=["walk", "git"])
def test_vendored_folders_are_found_in_the_whole_listing(tmp_path: Path, test_pack: Path, git: bool) -> None:
    """Vendored folders at the top, nested, and a name that only contains a vendored folder's name."""
    import subprocess

    for rel in ("vendor/lib/a.py", "web/node_modules/x/index.js", "web/src/app.py", "my_vendor/b.py",
                "pkg/venv_tools/c.py", "deep/a/b/.venv/lib/d.py", "z.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(EXCHANGE)
    if git:
        subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
        subprocess.run(["git", "-C", str(tmp_path), "add", "-A"], check=True)
    result = run(tmp_path, test_pack)
    assert sorted({f.path for f in result.findings}) == ["my_vendor/b.py", "pkg/venv_tools/c.py", "web/src/app.py",
                                                          "z.py"]
    assert sorted(s.path for s in result.skipped) == ["deep/a/b/.venv/", "vendor/", "web/node_modules/"]


def test_a_tls_secret_is_not_decoded_as_a_credential(tmp_path: Path) -> None:
    """A Secret's tls.crt / tls.key (kubernetes.io/tls) is a web server's pair; the Adobe key beside it is not."""
    from tests.certs import private_key_pem, self_signed

    b64 = base64.b64encode
    manifest = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: relay\ntype: Opaque\ndata:\n"
                f"  private.key: {b64(private_key_pem().encode()).decode()}\n"
                f"  tls.crt: {b64(self_signed('relay.example', dt.datetime(2027, 1, 1)).encode()).decode()}\n"
                f"  tls.key: {b64(private_key_pem().encode()).decode()}\n"
                "stringData:\n  IMS_HOST: ims-na1.adobelogin.com\n  META_SCOPES: ent_dataservices_sdk\n")
    (tmp_path / "secret.yaml").write_text(manifest)
    lines = {f.line for f in scan(ScanRequest(paths=[str(tmp_path)], as_of=AS_OF)).findings if f.kind == "jwt-config"}
    assert 7 in lines and not lines & {8, 9}


def test_without_fork_a_spawned_pool_reports_the_same(tmp_path: Path, test_pack: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Where a platform cannot fork (Windows), the workers are a spawned multiprocessing pool: same report."""
    import os

    for i in range(300):
        (tmp_path / f"f{i:03}.py").write_text(EXCHANGE if i % 30 == 0 else "x = 1\n")
    forked = to_dict(run(tmp_path, test_pack, jobs=2))
    monkeypatch.delattr(os, "fork")
    spawned = to_dict(run(tmp_path, test_pack, jobs=2))
    assert spawned == forked and forked["summary"]["findings"] == 10


@pytest.mark.parametrize("far", [2, 256])
def test_line_index_agrees_with_a_full_list_of_line_starts(far: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offsets to lines and back, from checkpoints (or, far from them, a full list), in any order: the same
    answers as listing every start."""
    import bisect as _bisect
    import random

    from auditor import engine
    from auditor.engine import _LineIndex

    monkeypatch.setattr(engine, "FAR_LINES", far)
    rng = random.Random(7)
    for _ in range(300):
        text = "\n".join("x" * rng.randint(0, 5) for _ in range(rng.randint(0, 60))) + rng.choice(["", "\n"])
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        index = _LineIndex(text)
        for _ in range(40):
            if text and rng.random() < 0.5:
                offset = rng.randrange(len(text))
                assert index.line_of(offset) == _bisect.bisect_right(starts, offset)
            else:
                line = rng.randint(1, len(starts))
                assert index.start_of(line) == starts[line - 1]
                assert index.line_text(line) == text.split("\n")[line - 1]
