"""The command line end to end: click's runner and a real subprocess; every exit code; dates change severity."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.report import validate

EXCHANGE = 'requests.post("https://ims-na1.adobelogin.com/ims/exchange/jwt", data=form)\n'


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "auth.py").write_text("import requests\n" + EXCHANGE, encoding="utf-8")
    return root


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def pack_args(test_pack: Path) -> list[str]:
    return ["--rules", str(test_pack), "--pack", "test-pack"]


def test_exit_1_when_findings_reach_fail_on(repo: Path, test_pack: Path) -> None:
    code, out, err = cli("scan", str(repo), *pack_args(test_pack), "--as-of", "2026-11-28")
    assert code == 1
    assert "critical" in out and "TEST-JWT-001" in out and "auth.py" in out and "2:" in out
    assert "1 findings (1 critical)" in out


@pytest.mark.parametrize(("as_of", "fail_on", "code", "severity"), [
    ("2024-03-01", "high", 0, "low"),
    ("2024-07-01", "medium", 1, "medium"),
    ("2025-02-01", "high", 1, "high"),
    ("2026-11-28", "critical", 1, "critical"),
    ("2026-11-28", "never", 0, "critical"),
])
def test_as_of_changes_severity_and_exit_code(repo: Path, test_pack: Path, as_of: str, fail_on: str, code: int,
                                              severity: str) -> None:
    rc, out, _ = cli("scan", str(repo), *pack_args(test_pack), "--as-of", as_of, "--fail-on", fail_on, "-f", "json")
    report = json.loads(out)
    validate(report)
    assert rc == code
    assert [f["severity"] for f in report["findings"]] == [severity]
    assert report["as_of"] == as_of


def test_cutoff_option_moves_the_primary_milestone(repo: Path, test_pack: Path) -> None:
    _, out, _ = cli("scan", str(repo), *pack_args(test_pack), "--as-of", "2025-02-01", "--cutoff", "2025-06-30",
                    "-f", "json", "--fail-on", "never")
    (finding,) = json.loads(out)["findings"]
    assert finding["severity"] == "medium" and finding["milestone"]["id"] == "no-new"


def test_exit_0_on_a_clean_tree(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "ok.py").write_text("print('hello')\n")
    code, out, _ = cli("scan", str(tmp_path), *pack_args(test_pack))
    assert code == 0 and "No JWT findings." in out


@pytest.mark.parametrize("args", [
    ["scan", "--as-of", "28/11/2026"],
    ["scan", "--format", "yaml"],
    ["scan", "--fail-on", "severe"],
    ["scan", "--shard", "3/2"],
    ["scan", "--max-file-size", "lots"],
    ["explain", "NOPE-001"],
    ["report", "missing.json"],
    ["nosuchcommand"],
])
def test_usage_errors_exit_2_with_one_line(repo: Path, args: list[str]) -> None:
    code, out, err = cli(*args[:1], *([str(repo)] if args[0] == "scan" else []), *args[1:])
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert lines and "Traceback" not in err
    assert lines[-1].startswith(("error:", "Error:"))


def test_internal_error_exits_3_without_traceback(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import auditor.api

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(auditor.api, "scan", boom)
    code, _, err = cli("scan", str(repo))
    assert code == 3 and "internal error: RuntimeError: kaboom" in err and "Traceback" not in err
    code, _, err = cli("scan", str(repo), "--debug")
    assert code == 3 and "Traceback" in err


def test_output_file_is_written_atomically(repo: Path, test_pack: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    code, stdout, _ = cli("scan", str(repo), *pack_args(test_pack), "-f", "json", "-o", str(out), "--fail-on", "never")
    assert code == 0 and stdout == ""
    validate(json.loads(out.read_text()))
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_report_re_renders_a_saved_report(repo: Path, test_pack: Path, tmp_path: Path) -> None:
    saved = tmp_path / "r.json"
    cli("scan", str(repo), *pack_args(test_pack), "-f", "json", "-o", str(saved), "--as-of", "2026-11-28")
    code, out, _ = cli("report", str(saved), "-f", "text")
    assert code == 0 and "TEST-JWT-001" in out
    (tmp_path / "bad.json").write_text('{"schema_version": 1}')
    code, _, err = cli("report", str(tmp_path / "bad.json"))
    assert code == 2 and "not a jwt-audit report" in err


def test_explain_and_rules_list_with_builtin_pack() -> None:
    code, out, _ = cli("rules", "list")
    assert code == 0 and "adobe-ims-jwt" in out and "ADOBE-JWT-001" in out
    code, out, _ = cli("explain", "ADOBE-JWT-001")
    assert code == 0 and "What to do:" in out and "/ims/token/v3" in out


def test_rules_validate_reports_located_error() -> None:
    bad = Path(__file__).parent / "fixtures" / "bad_rules" / "bad_regex.yaml"
    code, _, err = cli("rules", "validate", str(bad))
    assert code == 2 and "bad_regex.yaml:18: BAD-RULE-002.match.regex: regex does not compile" in err


def test_shard_and_repos_file(tmp_path: Path, test_pack: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.py").write_text(EXCHANGE)
    listing = tmp_path / "repos.txt"
    listing.write_text(f"# org repos\n{tmp_path / 'a'}\n\n{tmp_path / 'b'}\n{tmp_path / 'c'}\n")
    roots = []
    for k in (1, 2):
        _, out, _ = cli("scan", "--repos-file", str(listing), "--shard", f"{k}/2", *pack_args(test_pack), "-f", "json")
        roots.append([r["root"] for r in json.loads(out)["repos"]])
    assert sorted(roots[0] + roots[1]) == sorted(str(tmp_path / n) for n in "abc")
    assert not set(roots[0]) & set(roots[1])


def test_real_subprocess_and_module_entry_point(repo: Path, test_pack: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "auditor", "scan", str(repo), *pack_args(test_pack),
                           "--as-of", "2026-11-28", "-f", "json"], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["by_severity"]["critical"] == 1
    proc = subprocess.run([sys.executable, "-m", "auditor", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and "jwt-audit" in proc.stdout


def test_an_empty_shard_is_an_empty_report(tmp_path: Path, test_pack: Path) -> None:
    (tmp_path / "only").mkdir()
    code, out, _ = cli("scan", str(tmp_path / "only"), "--shard", "2/2", *pack_args(test_pack), "-f", "json")
    report = json.loads(out)
    validate(report)
    assert code == 0 and report["repos"] == [] and report["findings"] == []


def test_progress_counts_files_and_repos(tmp_path: Path, test_pack: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    from auditor import cli as cli_module
    from auditor.api import ScanRequest, scan

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        for i in range(3):
            (tmp_path / name / f"f{i}.py").write_text(EXCHANGE)
    calls: list[tuple[int, int, str, int, int]] = []
    scan(ScanRequest(paths=[str(tmp_path / "a"), str(tmp_path / "b")], as_of=dt.date(2026, 11, 28),
                     rules=[test_pack], builtin_rules=False, progress=lambda *a: calls.append(a)))
    assert [c[0] for c in calls] == [1, 2, 3, 4, 5, 6] and {c[1] for c in calls} == {6}
    assert [c[3] for c in calls] == [0, 0, 1, 1, 1, 2] and {c[4] for c in calls} == {2}
    monkeypatch.delenv("CI", raising=False)
    assert cli_module._progress(True) is None  # not a TTY under pytest: silent
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    show = cli_module._progress(True)
    show(6, 6, "b", 2, 2)
    assert "6/6 files  2/2 repos" in capsys.readouterr().err
    monkeypatch.setenv("CI", "true")
    assert cli_module._progress(True) is None  # never in CI


def test_documentation_is_matched_only_with_docs(tmp_path: Path) -> None:
    """A runbook's fenced command is listed with --docs (or `docs: true`), at low confidence; never by default."""
    (tmp_path / "RUNBOOK.md").write_text(
        "Get a token:\n\n```sh\ncurl -F jwt_token=$JWT https://ims-na1.adobelogin.com/ims/exchange/jwt\n```\n",
        encoding="utf-8")
    base = ["scan", str(tmp_path), "-f", "json", "-q", "--as-of", "2026-11-28", "--fail-on", "never"]

    def found(*extra: str) -> list[tuple[str, int, str]]:
        result = CliRunner().invoke(main, [*base, *extra])
        assert result.exit_code == 0, result.output
        return [(f["path"], f["line"], f["confidence"]) for f in json.loads(result.output)["findings"]]

    assert found() == []
    assert found("--docs") == [("RUNBOOK.md", 4, "low")]
    (tmp_path / ".jwt-audit.yml").write_text("docs: true\n", encoding="utf-8")
    assert found() == [("RUNBOOK.md", 4, "low")]
