"""The CI reporters on one rich report: checked-in snapshots (UPDATE_SNAPSHOTS=1 rewrites them), targeted
checks per format, and one CLI run per format on a tiny repository."""
from __future__ import annotations

import copy
import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.report import validate
from auditor.reporters import FORMATS, RenderOptions, csv_report, get, github, gitlab, markdown, sarif

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "report_rich.json"
SNAPSHOTS = HERE / "snapshots"
SARIF_SCHEMA = json.loads((HERE / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
SNAPSHOT_FILES = {"sarif": "sarif.sarif", "junit": "junit.xml", "github": "github.txt", "gitlab": "gitlab.json",
                  "markdown": "markdown.md", "csv": "csv.csv"}
OPTIONS = RenderOptions()

Json = dict[str, Any]


@pytest.fixture(scope="module")
def report() -> Json:
    data: Json = json.loads(FIXTURE.read_text(encoding="utf-8"))
    validate(data)
    return data


def rendered(report: Json, fmt: str, options: RenderOptions = OPTIONS) -> str:
    return get(fmt)(copy.deepcopy(report), options)


def sarif_errors(log: Json) -> list[str]:
    cls = jsonschema.validators.validator_for(SARIF_SCHEMA)
    validator = cls(SARIF_SCHEMA, format_checker=cls.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def active(report: Json) -> list[Json]:
    return [f for f in report["findings"] if not f["suppressed"]]


# --- the fixture and the registry -------------------------------------------------------------------------


def test_fixture_is_rich(report: Json) -> None:
    findings = report["findings"]
    assert {f["severity"] for f in findings} == {"info", "low", "medium", "high", "critical"}
    assert len({f["kind"] for f in findings}) >= 4
    assert {f["suppression"]["kind"] for f in findings if f["suppressed"]} == {"inline", "config"}
    assert any("!" in f["path"] for f in findings)
    assert any(f["path"] == "données/clé.py" for f in findings)
    assert len(report["repos"]) == 2 and report["files"]["skipped"] and report["errors"]
    assert any("|" in f["message"] and "%" in f["message"] and "\n" in f["message"] for f in findings)
    assert any("<redacted sha256:" in f["snippet"] for f in findings)


@pytest.mark.parametrize("fmt", sorted(SNAPSHOT_FILES))
def test_snapshot(report: Json, fmt: str) -> None:
    out = rendered(report, fmt).encode("utf-8")
    path = SNAPSHOTS / SNAPSHOT_FILES[fmt]
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(out)
    assert path.exists(), f"no snapshot {path}: run UPDATE_SNAPSHOTS=1 pytest tests/test_reporters.py"
    assert out == path.read_bytes(), f"{fmt} output changed: review, then UPDATE_SNAPSHOTS=1 to accept"


@pytest.mark.parametrize("fmt", sorted(SNAPSHOT_FILES))
def test_registered_pure_and_deterministic(report: Json, fmt: str) -> None:
    before = copy.deepcopy(report)
    assert fmt in FORMATS
    assert get(fmt)(report, OPTIONS) == get(fmt)(report, OPTIONS)
    assert report == before, "a reporter must not change the report"


@pytest.mark.parametrize("fmt", sorted(SNAPSHOT_FILES))
def test_empty_report(report: Json, fmt: str) -> None:
    empty = {**copy.deepcopy(report), "findings": [], "rules": [], "integrations": [], "errors": [],
             "files": {"scanned": 3, "skipped": []}}
    empty["summary"] = {**report["summary"], "findings": 0, "suppressed": 0, "max_severity": None,
                        "by_severity": dict.fromkeys(report["summary"]["by_severity"], 0)}
    out = rendered(empty, fmt)
    checks = {
        "sarif": lambda: not sarif_errors(json.loads(out)) and json.loads(out)["runs"][0]["results"] == [],
        "junit": lambda: ET.fromstring(out.encode("utf-8")).get("tests") == "1",  # the passing scan case
        "github": lambda: out.startswith("jwt-audit: 0 findings (none)"),
        "gitlab": lambda: json.loads(out) == [],
        "csv": lambda: out == ",".join(csv_report.COLUMNS) + "\r\n",
        "markdown": lambda: "No JWT findings." in out and "**0 findings**" in out,
    }
    assert checks[fmt](), out


# --- sarif ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_log(report: Json) -> Json:
    return json.loads(sarif.render(report, OPTIONS))


def test_sarif_validates_against_the_official_schema(sarif_log: Json) -> None:
    assert sarif_log["version"] == "2.1.0"
    assert sarif_errors(sarif_log) == []


def test_sarif_rules(report: Json, sarif_log: Json) -> None:
    run = sarif_log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(set(ids)) == sorted({f["rule_id"] for f in report["findings"]})
    for rule in rules:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        props = rule["properties"]
        assert float(props["security-severity"]) in (9.5, 8.0, 5.5, 3.0, 1.0)
        assert props["precision"] in ("very-high", "high", "medium", "low")
        assert {"security", props["kind"], props["pack"]} <= set(props["tags"])
    jwt = rules[ids.index("DEMO-JWT-001")]
    assert jwt["properties"]["security-severity"] == "9.5" and jwt["defaultConfiguration"]["level"] == "error"
    assert "3. Delete the JWT code path." in jwt["help"]["text"]
    assert "https://developer.adobe.com/" in jwt["help"]["markdown"]
    oauth = rules[ids.index("DEMO-OAUTH-001")]
    assert oauth["properties"]["security-severity"] == "1.0" and oauth["defaultConfiguration"]["level"] == "note"
    driver = run["tool"]["driver"]
    assert driver["name"] == "jwt-audit" and driver["version"] and driver["informationUri"].startswith("https://")


def test_sarif_results(report: Json, sarif_log: Json) -> None:
    run = sarif_log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(report["findings"])
    levels = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
    for result, finding in zip(results, report["findings"], strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding["rule_id"]
        assert result["level"] == levels[finding["severity"]]
        assert result["partialFingerprints"] == {"jwtAudit/v1": finding["fingerprint"]}
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert re.fullmatch(r"[A-Za-z0-9._~%/-]+", uri) and not uri.startswith("/") and ":" not in uri
        assert location["artifactLocation"]["uriBaseId"] in run["originalUriBaseIds"]
        region = location["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1 and region["endLine"] >= region["startLine"]
        assert result["properties"]["severity"] == finding["severity"]
        assert set(result["properties"]) >= {"severity", "confidence", "kind", "integration", "milestone"}
    assert len({json.dumps(r["partialFingerprints"]) for r in results}) == len(results)


def _result(sarif_log: Json, path_part: str) -> Json:
    return next(r for r in sarif_log["runs"][0]["results"]
                if path_part in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])


def test_sarif_uris_are_relative_and_percent_encoded(sarif_log: Json) -> None:
    clé = _result(sarif_log, "cl%C3%A9")["locations"][0]["physicalLocation"]
    assert clé["artifactLocation"] == {"uri": "donn%C3%A9es/cl%C3%A9.py", "uriBaseId": "%SRCROOT%"}
    assert clé["region"]["snippet"]["text"].startswith("resp = requests.post(")
    docs = _result(sarif_log, "docs/")["locations"][0]["physicalLocation"]["artifactLocation"]
    assert docs["uri"] == "docs/set%20up%20%231.md"


def test_sarif_one_base_id_per_repo(sarif_log: Json) -> None:
    run = sarif_log["runs"][0]
    assert run["originalUriBaseIds"]["REPO0"]["uri"] == "services/billing/"
    assert run["originalUriBaseIds"]["REPO0"]["uriBaseId"] == "%SRCROOT%"
    java = _result(sarif_log, "Main.java")["locations"][0]["physicalLocation"]["artifactLocation"]
    assert java == {"uri": "src/main/java/com/acme/Main.java", "uriBaseId": "REPO0"}


def test_sarif_archive_member_points_at_the_archive(sarif_log: Json) -> None:
    result = _result(sarif_log, "keys.zip")
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "keys.zip"
    assert "certs/private.key" in result["message"]["text"]
    assert result["properties"]["archiveMember"] == "certs/private.key"


def test_sarif_suppressions(report: Json, sarif_log: Json) -> None:
    results = sarif_log["runs"][0]["results"]
    kinds = [r["suppressions"][0]["kind"] for r in results if "suppressions" in r]
    assert kinds == ["inSource", "external"]
    assert sum("suppressions" in r for r in results) == report["summary"]["suppressed"]
    legacy = _result(sarif_log, "legacy.py")["suppressions"][0]
    assert legacy["justification"] == "dead code, removed in the next release (ignored at src/legacy.py:7)"


def test_sarif_invocation_and_run_details(report: Json, sarif_log: Json) -> None:
    run = sarif_log["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is True
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["note", "note", "error"]
    assert "binary file" in notes[0]["message"]["text"]
    assert notes[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "REPO0"
    assert run["automationDetails"]["id"] == "jwt-audit/demo-jwt/"
    assert run["columnKind"] == "utf16CodeUnits"
    custom = json.loads(sarif.render(report, RenderOptions(category="jwt/nightly")))
    assert custom["runs"][0]["automationDetails"]["id"] == "jwt/nightly/"


def test_sarif_single_repo_uses_srcroot_only(report: Json) -> None:
    one = copy.deepcopy(report)
    one["findings"] = [f for f in one["findings"] if f["repo"] == "."]
    one["repos"] = one["repos"][:1]
    one["files"]["skipped"] = one["files"]["skipped"][:1]
    log = json.loads(sarif.render(one, OPTIONS))
    assert list(log["runs"][0]["originalUriBaseIds"]) == ["%SRCROOT%"]
    assert not sarif_errors(log)


def test_sarif_absolute_repo_root_is_a_file_uri_base(report: Json) -> None:
    other = copy.deepcopy(report)
    for f in other["findings"]:
        f["repo"] = "/srv/checkouts/my repo"
    other["repos"] = [{"root": "/srv/checkouts/my repo", "status": "in-progress", "counts": {}}]
    run = json.loads(sarif.render(other, OPTIONS))["runs"][0]
    assert run["originalUriBaseIds"]["REPO0"]["uri"] == "file:///srv/checkouts/my%20repo/"
    assert all(not r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith(("/", "file:"))
               for r in run["results"])


# --- junit ----------------------------------------------------------------------------------------------


def test_junit_parses_and_counts_match(report: Json) -> None:
    root = ET.fromstring(rendered(report, "junit").encode("utf-8"))
    suites = root.findall("testsuite")
    for suite in [*suites, root]:
        cases = suite.iter("testcase")
        tally = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for case in cases:
            tally["tests"] += 1
            for tag, key in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
                tally[key] += case.find(tag) is not None
        assert {k: int(suite.get(k, "-1")) for k in tally} == tally
    names = [s.get("name", "") for s in suites]
    assert names[:-1] == sorted(names[:-1]) and names[-1] == "jwt-audit scan"
    assert int(root.get("skipped", "0")) == report["summary"]["suppressed"]
    assert int(root.get("errors", "0")) == len(report["errors"])
    rule_cases = {(f["rule_id"], f["repo"], f["path"]) for f in report["findings"]}
    assert sum(int(s.get("tests", "0")) for s in suites[:-1]) == len(rule_cases)


def test_junit_failure_carries_locations_and_remediation(report: Json) -> None:
    root = ET.fromstring(rendered(report, "junit").encode("utf-8"))
    case = next(c for c in root.iter("testcase") if c.get("name") == "données/clé.py")
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "critical"
    assert "données/clé.py:12:9" in (failure.text or "")
    assert "Remediation: Request tokens from /ims/token/v3" in (failure.text or "")
    oauth = next(c for c in root.iter("testcase") if c.get("classname") == "DEMO-OAUTH-001")
    assert oauth.find("failure") is None and oauth.find("system-out") is not None


def test_junit_strips_control_characters(report: Json) -> None:
    out = rendered(report, "junit")
    assert "\x1b" not in out and "\x00" not in out
    ET.fromstring(out.encode("utf-8"))  # well-formed despite them in the report
    assert "&lt;b&gt;&amp;amp;&lt;/b&gt;" in out


# --- github ---------------------------------------------------------------------------------------------


def test_github_annotations(report: Json) -> None:
    lines = rendered(report, "github").splitlines()
    annotations = [ln for ln in lines if ln.startswith("::") and "DEMO-" in ln]
    assert len(annotations) == len(active(report))
    assert annotations[0].startswith("::error file=donn") and lines[-1].startswith("jwt-audit: 8 findings")
    assert [a.split(" ", 1)[0] for a in annotations] == [
        "::error", "::error", "::error", "::error", "::warning", "::warning", "::notice", "::notice"]
    assert "::error file=données/clé.py,line=12,col=9,endLine=12,title=DEMO-JWT-001::[critical] " in annotations[0]
    config = next(a for a in annotations if "config/jwt.json" in a)
    assert "100%25 match%0Asecond line" in config and "\n" not in config
    assert any(ln.startswith("::warning file=keys.zip,title=DEMO-KEY-001::") for ln in lines)
    assert not any("legacy.py" in ln for ln in lines), "suppressed findings are not annotated"
    assert any(ln.startswith("::warning title=jwt-audit scan error::") for ln in lines)


def test_github_paths_are_relative_to_the_workspace(report: Json) -> None:
    out = rendered(report, "github")
    assert "file=services/billing/src/main/java/com/acme/Main.java,line=44" in out
    assert "\x1b" not in out


@pytest.mark.parametrize(("value", "data", "prop"), [
    ("100%", "100%25", "100%25"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("C:\\x,y", "C:\\x,y", "C%3A\\x%2Cy"),
    ("%0A", "%250A", "%250A"),
])
def test_github_escaping(value: str, data: str, prop: str) -> None:
    assert github.escape_data(value) == data
    assert github.escape_property(value) == prop


def test_github_property_escaping_in_a_command(report: Json) -> None:
    finding = {**report["findings"][0], "path": "odd:dir/a,b.json", "message": "x::y"}
    line = github.annotation(finding)
    assert line.startswith("::error file=odd%3Adir/a%2Cb.json,line=3,col=5,endLine=4,title=DEMO-JWT-002::[high] x::y")


def test_write_step_summary(report: Json, tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("# earlier step\n", encoding="utf-8")
    assert github.write_step_summary(report, {"GITHUB_STEP_SUMMARY": str(target)}) is True
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n## jwt-audit\n") and "**8 findings**" in text
    assert github.write_step_summary(report, {}) is False


def test_write_step_summary_unwritable_is_a_warning(report: Json, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert github.write_step_summary(report, {"GITHUB_STEP_SUMMARY": str(tmp_path / "no" / "such.md")}) is False
    assert "warning: cannot write the job summary" in capsys.readouterr().err


# --- gitlab ---------------------------------------------------------------------------------------------


def test_gitlab_code_quality(report: Json) -> None:
    issues = json.loads(rendered(report, "gitlab"))
    assert len(issues) == len(active(report))
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location", "categories"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["categories"] == ["Security"] and issue["location"]["lines"]["begin"] >= 1
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
    by_path = {i["location"]["path"]: i for i in issues}
    assert by_path["données/clé.py"]["severity"] == "blocker"
    assert by_path["services/billing/deploy/.env"]["severity"] == "critical"
    assert by_path["keys.zip"]["location"]["lines"] == {"begin": 1, "end": 1}
    assert by_path["src/app.py"]["severity"] == "info"


def test_gitlab_fingerprints_unique_even_when_the_report_repeats_one(report: Json) -> None:
    twice = copy.deepcopy(report)
    twice["findings"] = twice["findings"] + copy.deepcopy(twice["findings"])
    issues = json.loads(gitlab.render(twice, OPTIONS))
    assert len({i["fingerprint"] for i in issues}) == len(issues) == 2 * len(active(report))


# --- csv ------------------------------------------------------------------------------------------------


def test_csv_parses_back(report: Json) -> None:
    out = rendered(report, "csv")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == list(csv_report.COLUMNS)
    assert len(rows) == 1 + len(report["findings"])
    assert all(len(r) == len(csv_report.COLUMNS) for r in rows)
    records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    first = records[0]
    assert first["message"] == report["findings"][0]["message"]  # the newline survives quoting
    assert first["integration_status"] == "in-progress" and first["deadline"] == "2026-03-01"
    assert first["milestone"] == "End of life" and first["days"] == "696"
    assert [r["suppressed"] for r in records].count("true") == 2
    assert any(r["path"] == "données/clé.py" for r in records)
    assert out.endswith("\r\n")


def test_csv_formula_guard(report: Json) -> None:
    records = list(csv.DictReader(io.StringIO(rendered(report, "csv"), newline="")))
    env = next(r for r in records if r["path"] == "deploy/.env")
    assert env["snippet"] == "'=ADOBE_CLIENT_SECRET=<redacted sha256:2c26b46b>"
    req = next(r for r in records if r["path"] == "requirements.txt")
    assert req["snippet"].startswith("'-e git+")
    assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for r in records for v in r.values())


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("safe = 1", "safe = 1"), ("", ""), (-30, -30), ("\x1b=x", "'=x"),
])
def test_csv_guard_cells(value: object, expected: object) -> None:
    assert csv_report.guard(value) == expected


# --- markdown -------------------------------------------------------------------------------------------


def test_markdown_totals_first(report: Json) -> None:
    out = rendered(report, "markdown")
    assert len(out) < markdown.LIMIT
    totals = out.index("**8 findings**")
    assert totals < out.index("**Integrations:** 1 in-progress, 1 migrated, 1 not-started") < out.index("### Top findings")
    assert out.index("**Repositories:** 1 in-progress, 1 not-started") < out.index("### Top findings")
    assert out.index("### Top findings") < out.index("<details>")
    assert "| 2 | 2 | 2 | 1 | 1 |" in out


def test_markdown_cells_are_escaped(report: Json) -> None:
    out = rendered(report, "markdown")
    assert "JWT credential config \\| technical\\_account\\_id at 100% match second line" in out
    assert "\\`Main.java\\`" in out and "&lt;redacted sha256:9f86d081&gt;" in out
    widths: list[int] = []  # cells per row of the current table: an unescaped `|` would add one
    for line in [*out.splitlines(), ""]:
        if line.startswith("|"):
            widths.append(len(re.split(r"(?<!\\)\|", line)))
        elif widths:
            assert len(set(widths)) == 1, widths
            widths = []


def test_markdown_stays_under_the_comment_limit(report: Json) -> None:
    big = copy.deepcopy(report)
    template = big["findings"][0]
    big["findings"] = [{**template, "path": f"src/mod{i:05d}/settings_{'x' * 60}.json", "line": i + 1,
                        "message": "JWT config | " + "y" * 400, "fingerprint": f"{i:024x}"} for i in range(4000)]
    big["files"]["skipped"] = [{"path": f"bin/{i}.png", "reason": "binary file", "repo": "."} for i in range(3000)]
    out = markdown.render(big, OPTIONS)
    assert len(out) < markdown.LIMIT
    assert len(out) > markdown.LIMIT // 2, "the budget is used, not wasted"
    shown = re.search(r"_…(\d+) more findings not shown \(size limit\)\._", out)
    assert shown and 3000 < int(shown.group(1)) < 4000
    assert "more files not shown (size limit)" in out
    assert "<summary>Errors (1)</summary>" in out, "a long section does not crowd out the later ones"
    assert out.count("<details>") == out.count("</details>") == 5


def test_markdown_no_findings(report: Json) -> None:
    clean = {**copy.deepcopy(report), "findings": []}
    assert "No JWT findings." in markdown.render(clean, OPTIONS)


# --- end to end through the CLI -----------------------------------------------------------------------

E2E_PACK = """\
pack:
  name: e2e-reporters
  version: "1.0"
  title: Reporter end-to-end pack
  description: Two rules for the reporter CLI tests.
  timeline:
    - {id: cutoff, date: "2025-01-01", title: Cutoff, primary: true}
  remediation: {summary: Use OAuth Server-to-Server., links: ["https://example.com/migrate"]}
rules:
  - id: E2E-JWT-001
    name: jwt-exchange-endpoint
    title: JWT exchange endpoint
    description: Calls the IMS JWT exchange.
    kind: deprecated-jwt
    confidence: high
    match:
      keywords: [exchange/jwt]
      regex: '/ims/exchange/jwt'
    severity: {default: low, schedule: [{from: cutoff, level: high}]}
    remediation: {summary: Call /ims/token/v3 instead., steps: [Create an OAuth credential., Switch the call.]}
  - id: E2E-OAUTH-001
    name: oauth-token-endpoint
    title: OAuth token endpoint
    description: Requests OAuth tokens.
    kind: oauth-s2s
    confidence: high
    match:
      keywords: [ims/token/v3]
    severity: info
"""


@pytest.fixture
def tiny_repo(tmp_path: Path) -> tuple[Path, Path]:
    repo = tmp_path / "repo"
    (repo / "données").mkdir(parents=True)
    (repo / "données" / "clé.py").write_text('URL = "https://ims-na1.adobelogin.com/ims/exchange/jwt"\n',
                                              encoding="utf-8")
    (repo / "app.py").write_text('TOKEN = "https://ims-na1.adobelogin.com/ims/token/v3"\n', encoding="utf-8")
    (repo / "legacy.py").write_text('OLD = "https://ims-na1.adobelogin.com/ims/exchange/jwt"'
                                    "  # jwt-audit: ignore[E2E-JWT-001] dead code\n", encoding="utf-8")
    rules = tmp_path / "e2e.yaml"
    rules.write_text(E2E_PACK, encoding="utf-8")
    return repo, rules


def scan(repo: Path, rules: Path, fmt: str) -> Any:
    args = ["scan", str(repo), "-f", fmt, "--rules", str(rules), "--pack", "e2e-reporters",
            "--as-of", "2026-11-28", "-q"]
    return CliRunner().invoke(main, args)


@pytest.mark.parametrize("fmt", sorted(SNAPSHOT_FILES))
def test_cli_scan(tiny_repo: tuple[Path, Path], fmt: str) -> None:
    result = scan(*tiny_repo, fmt)
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "E2E-JWT-001" in out
    if fmt == "sarif":
        log = json.loads(out)
        assert sarif_errors(log) == []
        results = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in log["runs"][0]["results"]}
        assert set(results) == {"donn%C3%A9es/cl%C3%A9.py", "app.py", "legacy.py"}
        assert results["legacy.py"]["suppressions"] == [
            {"kind": "inSource", "status": "accepted", "justification": "dead code (ignored at legacy.py:1)"}]
    elif fmt == "junit":
        root = ET.fromstring(out.encode("utf-8"))
        assert (root.get("failures"), root.get("skipped")) == ("1", "1")
    elif fmt == "gitlab":
        assert [i["severity"] for i in json.loads(out)] == ["info", "critical"]
    elif fmt == "csv":
        assert [r["suppressed"] for r in csv.DictReader(io.StringIO(out, newline=""))] == ["false", "false", "true"]
    elif fmt == "github":
        assert "::error file=" in out and "title=E2E-JWT-001::[high]" in out
    elif fmt == "markdown":
        assert out.startswith("## jwt-audit report")


def test_cli_github_writes_the_step_summary(tiny_repo: tuple[Path, Path], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert scan(*tiny_repo, "github").exit_code == 1
    assert "E2E-JWT-001" in summary.read_text(encoding="utf-8")
    assert scan(*tiny_repo, "sarif").exit_code == 1
    assert summary.read_text(encoding="utf-8").count("## jwt-audit") == 1, "only -f github writes the summary"


def test_the_json_report_is_the_same_data_with_one_finding_per_line() -> None:
    from auditor.report import dumps

    report = json.loads(FIXTURE.read_text(encoding="utf-8"))
    text = dumps(report)
    assert json.loads(text) == report and text.endswith("}\n")
    lines = text.splitlines()
    assert lines[0] == "{" and lines[1].startswith('  "schema_version": ')
    for finding in report["findings"]:  # each on one line of its own, in order
        assert "    " + json.dumps(finding, ensure_ascii=False) in [line.rstrip(",") for line in lines]
