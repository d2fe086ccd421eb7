"""Rule packs as data: every built-in pack passes its annotated fixtures, user packs load, test and validate.

The fixture folder of a pack is tests/fixtures/rules/<pack name>/; `jwt-audit rules test` compares the
findings of that pack with the `expect:` / `ok:` annotations (or `<file>.expected` sidecars).
"""
from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from auditor.cli import main
from auditor.model import JWT_KINDS, OAUTH_KIND
from auditor.ruleset import builtin_rule_files, load_pack_file, load_rules
from auditor.ruletest import fixture_files, read_annotations

ROOT = Path(__file__).resolve().parent.parent
RULE_FIXTURES = ROOT / "tests" / "fixtures" / "rules"
USER_PACK = ROOT / "tests" / "fixtures" / "user_pack"
USER_PACK_FILE = USER_PACK / "google-oauth-oob.yaml"
USER_FIXTURES = USER_PACK / "fixtures" / "google-oauth-oob"
ZOOM = RULE_FIXTURES / "zoom-jwt-app"
SCHEMA_COMMENT = "# yaml-language-server: $schema="
AS_OF = "2026-11-28"
DOC = ROOT / "docs" / "writing-rule-packs.md"
WRONG_FIXTURE = (  # also shown in docs/writing-rule-packs.md §11
    "from google_auth_oauthlib.flow import InstalledAppFlow\n"
    "flow = InstalledAppFlow.from_client_secrets_file('client_secret.json', [])  # expect: GOOG-OOB-002\n"
    "creds = flow.run_console()\n"
    "creds = flow.run_local_server(port=0)  # ok: GOOG-OOB-003\n"
)

PACKS = {load_pack_file(p)[0].name: p for p in builtin_rule_files()}


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def scan_json(*args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = cli("scan", *args, "-f", "json", "-q", "--as-of", AS_OF)
    assert code in (0, 1), err
    report: dict[str, Any] = json.loads(out)
    return code, report


def annotated_ids(folder: Path) -> tuple[set[str], set[str]]:
    """Rule ids with at least one `expect` and with at least one `ok` annotation under `folder`."""
    expected: set[str] = set()
    ok: set[str] = set()
    for path, _ in fixture_files([folder]):
        exp, forbidden = read_annotations(path)
        expected |= {k[2] for k in exp}
        ok |= {k[2] for k in forbidden}
    return expected, ok


# ---- (a)-(c) every built-in pack -----------------------------------------------------------------------


def test_the_zoom_pack_is_built_in_and_opt_in() -> None:
    """An Adobe audit does not report Zoom apps: the Zoom pack ships, and loads when asked for by name."""
    assert "zoom-jwt-app" in PACKS
    assert [p.name for p in load_rules().packs] == ["adobe-ims-jwt"]
    assert [p.name for p in load_rules().not_loaded] == ["zoom-jwt-app"]
    assert {p.name for p in load_rules(packs=["adobe-ims-jwt", "zoom-jwt-app"]).packs} == {"adobe-ims-jwt", "zoom-jwt-app"}
    code, out, _ = cli("rules", "list")
    assert code == 0 and "ZOOM-" not in out and "Opt-in packs, not loaded" in out and "zoom-jwt-app 1.0.0" in out


@pytest.mark.parametrize("name", sorted(PACKS))
def test_builtin_pack_passes_its_fixtures(name: str) -> None:
    folder = RULE_FIXTURES / name
    if not any(folder.rglob("*")):
        pytest.skip(f"{folder} has no fixtures yet")
    code, out, err = cli("rules", "test", str(folder), "--pack", name, "--as-of", AS_OF)
    assert code == 0, out + err
    assert out.rstrip().endswith(" 0 failed")


@pytest.mark.parametrize("name", sorted(PACKS))
def test_every_rule_has_a_positive_and_a_negative_fixture(name: str) -> None:
    folder = RULE_FIXTURES / name
    if not any(folder.rglob("*")):
        pytest.skip(f"{folder} has no fixtures yet")
    _, rules = load_pack_file(PACKS[name])
    expected, ok = annotated_ids(folder)
    ids = {r.id for r in rules}
    assert sorted(ids - expected) == [], "rules without an `expect:` fixture"
    assert sorted(ids - ok) == [], "rules without an `ok:` fixture"
    assert sorted((expected | ok) - ids) == [], "annotations naming rules the pack does not have"


@pytest.mark.parametrize("name", sorted(PACKS))
def test_builtin_pack_points_editors_at_the_rule_schema(name: str) -> None:
    path = PACKS[name]
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"{SCHEMA_COMMENT}../auditor/schemas/rule.schema.json"
    assert (path.parent / first.removeprefix(SCHEMA_COMMENT)).is_file()


def test_user_pack_schema_comment_resolves() -> None:
    first = USER_PACK_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(SCHEMA_COMMENT)
    assert (USER_PACK / first.removeprefix(SCHEMA_COMMENT)).resolve() == ROOT / "auditor/schemas/rule.schema.json"


# ---- (d) user packs --------------------------------------------------------------------------------------


def test_user_pack_loads_with_rules_dir_and_pack_selects_it() -> None:
    code, out, err = cli("rules", "list", "--rules", str(USER_PACK), "--pack", "google-oauth-oob")
    assert code == 0, err
    assert "google-oauth-oob 1.0.0" in out and "2023-01-31  blocked" in out
    assert "GOOG-OOB-001" in out and "GOOG-OOB-003" in out
    assert "ADOBE-" not in out and "ZOOM-" not in out


def test_user_pack_passes_its_fixtures() -> None:
    code, out, err = cli("rules", "test", str(USER_FIXTURES), "--rules", str(USER_PACK), "--pack", "google-oauth-oob")
    assert code == 0, out + err
    assert "PASS" in out and "client_secret.json (1 annotations)" in out
    expected, ok = annotated_ids(USER_FIXTURES)
    assert expected == ok == {"GOOG-OOB-001", "GOOG-OOB-002", "GOOG-OOB-003"}


def test_user_pack_scan_selects_only_that_pack() -> None:
    code, report = scan_json(str(USER_FIXTURES), "--rules", str(USER_PACK), "--pack", "google-oauth-oob")
    got = {(f["rule_id"], f["path"], f["line"]) for f in report["findings"]}
    assert got == {("GOOG-OOB-001", "client_secret.json", 8), ("GOOG-OOB-001", "quickstart.py", 11),
                   ("GOOG-OOB-002", "quickstart.py", 12), ("GOOG-OOB-003", "quickstart_migrated.py", 15)}
    assert code == 1  # critical since 2023-01-31


def test_user_pack_explain() -> None:
    code, out, _ = cli("explain", "GOOG-OOB-002", "--rules", str(USER_PACK))
    assert code == 0
    assert "What to do: Call flow.run_local_server(port=0)" in out
    assert "critical from blocked (2023-01-31)" in out and "google-oauth-oob.yaml:" in out


def _duplicate_of_a_builtin(tmp_path: Path) -> tuple[int, str, str, int]:
    text = USER_PACK_FILE.read_text(encoding="utf-8").replace("id: GOOG-OOB-002", "id: ZOOM-JWT-001")
    (tmp_path / "mine.yaml").write_text(text, encoding="utf-8")
    code, out, err = cli("scan", str(USER_FIXTURES), "--rules", str(tmp_path), "-q")
    line = next(n for n, ln in enumerate(text.splitlines(), 1) if "id: ZOOM-JWT-001" in ln)
    return code, out, err, line


def test_rule_id_duplicating_a_builtin_is_refused(tmp_path: Path) -> None:
    code, out, err, _ = _duplicate_of_a_builtin(tmp_path)
    assert code == 2 and out == ""
    assert err.startswith(f"error: {tmp_path / 'mine.yaml'}:")
    assert ": ZOOM-JWT-001: duplicate rule id (also in " in err and "zoom-jwt-app.yaml:" in err
    assert err.count("\n") == 1



def test_duplicate_rule_error_names_the_line_of_the_rule(tmp_path: Path) -> None:
    _, _, err, line = _duplicate_of_a_builtin(tmp_path)
    assert err.startswith(f"error: {tmp_path / 'mine.yaml'}:{line}: ZOOM-JWT-001: duplicate rule id")


def test_validate_names_file_line_and_rule_of_a_broken_copy(tmp_path: Path) -> None:
    broken = tmp_path / "google-oauth-oob.yaml"
    text = USER_PACK_FILE.read_text(encoding="utf-8").replace(r"regex: '\.run_console\s*\('", "regex: 'run_console(('")
    broken.write_text(text, encoding="utf-8")
    line = next(n for n, ln in enumerate(text.splitlines(), 1) if "run_console((" in ln)
    code, _, err = cli("rules", "validate", str(broken))
    assert code == 2
    assert err.startswith(f"error: {broken}:{line}: GOOG-OOB-002.match.regex: regex does not compile")


def test_validate_names_an_unknown_key(tmp_path: Path) -> None:
    broken = tmp_path / "google-oauth-oob.yaml"
    text = USER_PACK_FILE.read_text(encoding="utf-8").replace("    confidence: high\n    match:\n      keywords: [run_console]",
                                                              "    confidence: high\n    match:\n      keyword: [run_console]")
    broken.write_text(text, encoding="utf-8")
    code, _, err = cli("rules", "validate", str(broken))
    assert code == 2 and f"{broken}:" in err and "GOOG-OOB-002.match" in err


@pytest.mark.parametrize("packs_dir, config", [
    ("packs", {"rules": ["../packs"], "packs": ["google-oauth-oob"]}),
    ("repo/.jwt-audit/packs", {"rules": [".jwt-audit/packs"], "packs": ["google-oauth-oob"], "exclude": [".jwt-audit/"]}),
])
def test_config_rules_key_loads_a_user_pack(tmp_path: Path, packs_dir: str, config: dict[str, Any]) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(USER_FIXTURES, repo)
    shutil.copytree(USER_PACK, tmp_path / packs_dir, ignore=shutil.ignore_patterns("fixtures"))
    (repo / ".jwt-audit.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _, report = scan_json(str(repo))
    assert {(f["rule_id"], f["path"]) for f in report["findings"]} == {
        ("GOOG-OOB-001", "client_secret.json"), ("GOOG-OOB-001", "quickstart.py"),
        ("GOOG-OOB-002", "quickstart.py"), ("GOOG-OOB-003", "quickstart_migrated.py")}


# ---- (e) rules test reports a wrong annotation ---------------------------------------------------------------


def test_rules_test_prints_a_diff_and_exits_1_on_a_wrong_annotation(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(WRONG_FIXTURE, encoding="utf-8")
    right = tmp_path / "right.py"
    right.write_text("from google_auth_oauthlib.flow import InstalledAppFlow\n"
                     "creds = flow.run_console()  # expect: GOOG-OOB-002\n", encoding="utf-8")
    code, out, _ = cli("rules", "test", str(wrong), str(right), "--rules", str(USER_PACK), "--pack", "google-oauth-oob")
    assert code == 1
    assert out.splitlines() == [
        f"FAIL {wrong}",
        "  - line 2: expected GOOG-OOB-002, not reported",
        "  + line 3: GOOG-OOB-002 reported, not expected",
        "  ! line 4: GOOG-OOB-003 reported, but marked ok (must not match)",
        f"PASS {right} (1 annotations)",
        "1 passed, 1 failed",
    ]


def test_rules_test_reads_a_sidecar_for_files_without_comments(tmp_path: Path) -> None:
    data = tmp_path / "client.json"
    shutil.copy(USER_FIXTURES / "client_secret.json", data)
    (tmp_path / "client.json.expected").write_text("8 ok GOOG-OOB-001\n", encoding="utf-8")
    code, out, _ = cli("rules", "test", str(data), "--rules", str(USER_PACK), "--pack", "google-oauth-oob")
    assert code == 1
    assert "  ! line 8: GOOG-OOB-001 reported, but marked ok (must not match)" in out


# ---- (f) the Zoom pack on a sample integration ------------------------------------------------------------


def _zoom_scan(folder: Path) -> tuple[int, dict[str, Any]]:
    return scan_json(str(folder), "--pack", "zoom-jwt-app")


def test_zoom_pack_finds_the_jwt_app_in_the_sample_integration() -> None:
    code, report = _zoom_scan(ZOOM / "sample-integration")
    got = {(f["rule_id"], f["path"], f["line"]) for f in report["findings"]}
    assert {("ZOOM-JWT-001", "src/zoomClient.js", 12), ("ZOOM-JWT-003", "src/zoomClient.js", 9),
            ("ZOOM-JWT-001", "reports/usage_report.py", 21), ("ZOOM-JWT-005", "reports/usage_report.py", 14),
            ("ZOOM-JWT-006", "reports/usage_report.py", 25), ("ZOOM-JWT-004", "requirements.txt", 4),
            ("ZOOM-JWT-002", ".env.example", 6), ("ZOOM-JWT-008", "scripts/list-meetings.sh", 9),
            ("ZOOM-JWT-007", "scripts/Export-ZoomUsers.ps1", 9)} <= got
    assert {f["kind"] for f in report["findings"]} <= JWT_KINDS
    assert [(i["status"], i["deadline"]) for i in report["integrations"]] == [("not-started", "2023-09-08")]
    assert code == 1
    critical = [f for f in report["findings"] if f["rule_id"] == "ZOOM-JWT-001"]
    assert {f["severity"] for f in critical} == {"critical"}


def test_zoom_pack_reports_only_oauth_on_the_migrated_integration() -> None:
    code, report = _zoom_scan(ZOOM / "migrated")
    assert report["findings"] and {f["kind"] for f in report["findings"]} == {OAUTH_KIND}
    assert {"ZOOM-OAUTH-001", "ZOOM-OAUTH-002", "ZOOM-OAUTH-003", "ZOOM-OAUTH-004"} <= {
        f["rule_id"] for f in report["findings"]}
    assert [i["status"] for i in report["integrations"]] == ["migrated"]
    assert code == 0


@pytest.mark.parametrize("folder", ["meeting-sdk", "video-sdk", "user-oauth", "generic-jwt", "adobe-jwt"])
def test_zoom_pack_stays_quiet_on_look_alikes(folder: str) -> None:
    _, report = _zoom_scan(ZOOM / folder)
    assert report["findings"] == []


@pytest.mark.parametrize("as_of, level", [("2023-05-31", "info"), ("2023-06-01", "medium"),
                                          ("2023-09-01", "high"), ("2023-09-08", "critical")])
def test_zoom_severity_follows_the_timeline(as_of: str, level: str) -> None:
    code, out, err = cli("scan", str(ZOOM / "sample-integration" / "src"), "--pack", "zoom-jwt-app",
                         "-f", "json", "-q", "--as-of", as_of, "--fail-on", "never")
    assert code == 0, err
    signing = [f for f in json.loads(out)["findings"] if f["rule_id"] == "ZOOM-JWT-001"]
    assert [f["severity"] for f in signing] == [level]


def test_zoom_pack_stays_quiet_on_the_labelled_corpus() -> None:
    """The corpus has no Zoom JWT app, but a Meeting SDK signature and its SDK key in .env."""
    corpus = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if p.is_dir())
    _, report = scan_json(*map(str, corpus), "--pack", "zoom-jwt-app")
    assert report["findings"] == []


# ---- the README's worked example works as written ------------------------------------------------------------


def _readme_blocks(lang: str) -> list[str]:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Writing a rule pack\n", 1)[1]
    return re.findall(rf"```{lang}\n(.*?)```", section, re.S)


def test_readme_example_pack_validates_and_passes_its_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (pack,), (fixture,) = _readme_blocks("yaml"), _readme_blocks("python")
    (tmp_path / "my-packs" / "fixtures").mkdir(parents=True)
    (tmp_path / "my-packs" / "google-oauth-oob.yaml").write_text(pack, encoding="utf-8")
    (tmp_path / "my-packs" / "fixtures" / "quickstart.py").write_text(fixture, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in _readme_blocks("bash")[0].splitlines():
        args = shlex.split(command.split("#", 1)[0])[1:]
        code, out, err = cli(*args)
        assert code == (1 if args[0] == "scan" else 0), (command, out, err)
    code, out, _ = cli("rules", "test", "my-packs/fixtures/", "--rules", "my-packs/", "--pack", "google-oauth-oob")
    assert "PASS my-packs/fixtures/quickstart.py (2 annotations)" in out


# ---- docs/writing-rule-packs.md: its shown commands print what it says -------------------------------------


def _doc_transcripts() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of every fenced block starting with `$ jwt-audit`."""
    blocks = re.findall(r"```\n\$ jwt-audit (.*?)\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return [(cmd, out.splitlines()) for cmd, out in blocks]


def test_doc_shows_the_wrong_fixture_of_the_diff_test() -> None:
    assert f"```python\n{WRONG_FIXTURE}```" in DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize("command, expected", _doc_transcripts(), ids=[c for c, _ in _doc_transcripts()])
def test_doc_transcript(command: str, expected: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)
    if "wrong.py" in args:
        (tmp_path / "wrong.py").write_text(WRONG_FIXTURE, encoding="utf-8")
        args[args.index("wrong.py")] = str(tmp_path / "wrong.py")
    _, out, err = cli(*args)
    shown = [ln.replace(str(tmp_path / "wrong.py"), "wrong.py") for ln in (out + err).splitlines()]
    wanted = [ln for ln in expected if ln != "..."]
    assert [ln for ln in shown if ln in wanted] == wanted
