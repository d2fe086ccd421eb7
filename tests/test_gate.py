"""Deadline-aware gates, the exit code, and the pull-request gate end to end in a real git repository."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from auditor import reporters
from auditor.cli import main
from auditor.gate import Gate, decide, exit_code, parse_gates
from tests.conftest import git

HERE = Path(__file__).resolve().parent
EXCHANGE = '    return requests.post("https://ims-na1.adobelogin.com/ims/exchange/jwt", data=form)\n'
D = dt.date


# ---- deciding --------------------------------------------------------------------------------------------


def test_defaults_fail_new_and_accept_existing() -> None:
    assert decide((), "deprecated-jwt", True, D(2026, 1, 1))[0] == "fail"
    assert decide((), "deprecated-jwt", False, D(2026, 1, 1))[0] == "off"


@pytest.mark.parametrize(("as_of", "existing"), [
    (D(2026, 6, 1), "warn"),     # `after` is exclusive: on the day itself the earlier gate still rules
    (D(2026, 6, 2), "fail"),
])
def test_after_date_turns_existing_into_failures(as_of: dt.date, existing: str) -> None:
    gates = parse_gates([{"kind": "jwt", "new": "fail", "existing": "warn"}, {"after": "2026-06-01", "any": "fail"}])
    assert decide(gates, "jwt-config", False, as_of) == (existing, None, 1 if existing == "fail" else 0)
    assert decide(gates, "jwt-config", True, as_of)[0] == "fail"


@pytest.mark.parametrize(("gate", "kind", "applies"), [
    (Gate(kinds=("jwt",)), "key-material", True),
    (Gate(kinds=("jwt",)), "oauth-s2s", False),
    (Gate(kinds=("oauth-s2s", "deprecated-jwt")), "oauth-s2s", True),
    (Gate(kinds=("*",)), "exempt", True),
    (Gate(until=D(2026, 1, 1)), "deprecated-jwt", True),
    (Gate(until=D(2025, 12, 31)), "deprecated-jwt", False),
])
def test_gate_applies_by_kind_and_window(gate: Gate, kind: str, applies: bool) -> None:
    assert gate.applies(kind, D(2026, 1, 1)) is applies


def test_gate_fail_on_is_remembered_for_the_threshold() -> None:
    gates = parse_gates([{"kind": "*", "fail_on": "low"}])
    assert decide(gates, "key-material", True, D(2026, 1, 1)) == ("fail", "low", None)


def f(severity: str, suppressed: bool = False, gate: str | None = None) -> dict[str, Any]:
    return {"severity": severity, "suppressed": suppressed,
            "details": {"gate": {"outcome": gate, "new": True, "by": 0}} if gate else {}}


@pytest.mark.parametrize(("findings", "fail_on", "code"), [
    ([f("high")], "high", 1),
    ([f("medium")], "high", 0),
    ([f("critical", suppressed=True)], "info", 0),
    ([f("critical", gate="warn")], "info", 0),          # a gate's warn never fails
    ([f("low", gate="fail")], "critical", 1),           # the gate already judged the threshold
    ([f("high", gate="pass")], "high", 0),
    ([f("critical")], "never", 0),
])
def test_exit_code_is_decided_in_one_place(findings: list[dict[str, Any]], fail_on: str, code: int) -> None:
    assert exit_code({"findings": findings}, fail_on) == code


# ---- a repository with history -------------------------------------------------------------------------


@pytest.fixture
def pr(git_repo: Path, tmp_path: Path) -> tuple[Path, Path]:
    """main: legacy JWT usage, baselined. feature: one new JWT usage and one suppressed line."""
    repo = git_repo
    (repo / "legacy.py").write_text("import requests\n\n\ndef token(form):\n" + EXCHANGE)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "legacy JWT client")
    base = repo / "jwt-audit-baseline.json"
    res = CliRunner().invoke(main, ["baseline", "create", str(repo), "-o", str(base), "--as-of", "2026-01-01", "-q"])
    assert res.exit_code == 0, res.output
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "baseline")
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "legacy.py").write_text('"""Legacy client, moved down by this docstring."""\nimport requests\n\n\n'
                                    "def token(form):\n" + EXCHANGE)
    (repo / "new_client.py").write_text("import requests\n\n\ndef fetch(form):\n" + EXCHANGE)
    (repo / "batch.py").write_text(
        "import requests\n\n\ndef batch(form):\n"
        "    # jwt-audit: ignore[ADOBE-JWT-001] nightly batch, moves in PROJ-42 until=2026-12-31\n"
        "    return requests.post(\n"
        '        "https://ims-na1.adobelogin.com/ims/exchange/jwt",\n'
        "        data=form,\n"
        "    )\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "feature")
    return repo, base


def run(repo: Path, *args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, ["scan", str(repo), "--as-of", "2026-01-01", "-q", *args])
    return res.exit_code, res.stdout + res.stderr


def active(report: dict[str, Any]) -> list[tuple[str, str, int]]:
    return [(x["rule_id"], x["path"], x["line"]) for x in report["findings"] if not x["suppressed"]]


NEW = ("ADOBE-JWT-001", "new_client.py", 5)


def check_json(out: str) -> None:
    report = json.loads(out)
    assert active(report) == [NEW]
    suppressed = {x["path"]: x["suppression"] for x in report["findings"] if x["suppressed"]}
    assert suppressed["batch.py"]["kind"] == "inline" and suppressed["batch.py"]["line"] == 5
    assert suppressed["batch.py"]["reason"] == "nightly batch, moves in PROJ-42"
    assert set(suppressed) <= {"batch.py", "legacy.py"}
    assert [u["source"] for u in report["suppressions"]["used"]] == ["batch.py:5"]


def check_text(out: str) -> None:
    assert re.search(r"^1 findings? \(1 high\); [12] suppressed", out, re.M), out
    assert "new_client.py" in out and "legacy.py" not in out


def check_sarif(out: str) -> None:
    log = json.loads(out)
    schema = json.loads((HERE / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert [e.message for e in cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(log)] == []
    results = log["runs"][0]["results"]
    uri = lambda r: r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]  # noqa: E731
    assert [(r["ruleId"], uri(r).rsplit("/", 1)[-1]) for r in results if not r.get("suppressions")] == [NEW[:2]]
    kinds = {uri(r).rsplit("/", 1)[-1]: r["suppressions"][0]["kind"] for r in results if r.get("suppressions")}
    assert kinds["batch.py"] == "inSource"


def check_junit(out: str) -> None:
    suites = ET.fromstring(out)
    failures = [c for c in suites.iter("testcase") if c.find("failure") is not None]
    assert [(c.get("classname"), Path(c.get("name") or "").name) for c in failures] == [NEW[:2]]
    skipped = [Path(c.get("name") or "").name for c in suites.iter("testcase") if c.find("skipped") is not None]
    assert "batch.py" in skipped


def check_github(out: str) -> None:
    annotations = [ln for ln in out.splitlines() if re.match(r"::(error|warning|notice) ", ln)]
    assert len(annotations) == 1 and re.search(r"file=([^,]*/)?new_client\.py,line=5,", annotations[0])


def check_gitlab(out: str) -> None:
    issues = json.loads(out)
    assert [(i["check_name"], Path(i["location"]["path"]).name, i["location"]["lines"]["begin"])
            for i in issues] == [NEW]


def check_csv(out: str) -> None:
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["rule_id"], Path(r["path"]).name, int(r["line"])) for r in rows if r["suppressed"] == "false"] == [NEW]
    assert "batch.py" in {Path(r["path"]).name for r in rows if r["suppressed"] == "true"}


def check_markdown(out: str) -> None:
    out = out.replace("\\_", "_")
    assert "new_client.py" in out and "batch.py" in out and re.search(r"Suppressed \([12]\)", out)


CHECKS: dict[str, Callable[[str], None]] = {
    "json": check_json, "text": check_text, "sarif": check_sarif, "junit": check_junit, "github": check_github,
    "gitlab": check_gitlab, "csv": check_csv, "markdown": check_markdown,
}


@pytest.mark.parametrize("mode", [["--baseline", "B", "--diff", "main"], ["--baseline", "B"], ["--diff", "main"]])
def test_pr_adding_one_jwt_usage_fails_with_exactly_that_finding_in_every_format(
        pr: tuple[Path, Path], tmp_path: Path, mode: list[str]) -> None:
    repo, base = pr
    args = [str(base) if a == "B" else a for a in mode]
    assert {"json", "text"} <= set(reporters.formats())
    for fmt in reporters.formats():
        out = tmp_path / f"report.{fmt}"
        code, log = run(repo, *args, "-f", fmt, "-o", str(out))
        assert code == 1, (fmt, log)
        text = out.read_text(encoding="utf-8")
        CHECKS.get(fmt, lambda t: None)(text)
        assert "new_client.py" in text.replace("\\_", "_"), fmt


def test_the_same_branch_without_the_new_usage_passes(pr: tuple[Path, Path], tmp_path: Path) -> None:
    repo, base = pr
    (repo / "new_client.py").unlink()
    code, log = run(repo, "--baseline", str(base), "--diff", "main", "-f", "json")
    assert code == 0, log
    report = json.loads(log)
    assert active(report) == [] and report["summary"]["suppressed"] >= 1
    assert report["baseline"]["stale"] == [] and report["baseline"]["matched"] == 1


def test_a_removed_legacy_usage_leaves_a_stale_baseline_entry(pr: tuple[Path, Path]) -> None:
    repo, base = pr
    (repo / "legacy.py").write_text("import requests\n")
    _, log = run(repo, "--baseline", str(base), "-f", "json")
    stale = json.loads(log)["baseline"]["stale"]
    assert [(s["rule"], s["path"], s["count"]) for s in stale] == [("ADOBE-JWT-001", "legacy.py", 1)]


GATES = """\
gates:
  - {kind: jwt, new: fail, existing: warn}
  - {after: 2026-06-01, any: fail}
"""


@pytest.mark.parametrize(("as_of", "with_new", "code", "legacy_outcome"), [
    ("2026-01-01", False, 0, "warn"),
    ("2026-01-01", True, 1, "warn"),
    ("2026-06-02", False, 1, "fail"),
])
def test_deadline_aware_gates_warn_on_existing_then_fail_on_everything(
        pr: tuple[Path, Path], as_of: str, with_new: bool, code: int, legacy_outcome: str) -> None:
    repo, base = pr
    (repo / ".jwt-audit.yml").write_text(GATES + f"baseline: {base.name}\n")
    if not with_new:
        (repo / "new_client.py").unlink()
    res = CliRunner().invoke(main, ["scan", str(repo), "--as-of", as_of, "-q", "-f", "json"])
    assert res.exit_code == code, res.output
    report = json.loads(res.stdout)
    legacy = next(x for x in report["findings"] if x["path"] == "legacy.py")
    assert not legacy["suppressed"]  # a warned or failing existing finding is shown, not accepted
    assert legacy["details"]["gate"] == {"outcome": legacy_outcome, "new": False, "by": 0 if legacy_outcome == "warn" else 1}
    assert (report["gate"]["failed"], report["gate"]["warned"]) == (code, int(legacy_outcome == "warn"))
