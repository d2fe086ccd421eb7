"""Baselines: structural keys (move and whitespace stable, value sensitive), the file format, comparing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import baseline
from auditor.cli import main
from auditor.errors import ConfigError
from auditor.model import Finding, Severity

EXCHANGE = 'requests.post("https://ims-na1.adobelogin.com/ims/exchange/jwt", data=form)\n'


def finding(path: str, line: int, rule: str = "TEST-JWT-001") -> Finding:
    return Finding(rule_id=rule, pack="p", kind="deprecated-jwt", severity=Severity.HIGH, confidence="high",
                   message="m", path=path, line=line, column=1, end_line=line, snippet="s",
                   fingerprint=f"{path}:{line}:{rule}")


def key(text: str, path: str, line: int) -> baseline.Key:
    f = finding(path, line)
    return baseline.keys_for([f], text)[f.fingerprint]


# ---- key paths -----------------------------------------------------------------------------------------


def test_yaml_key_paths_follow_indentation_and_list_items() -> None:
    text = ("# comment\n"
            "ims:\n"
            "  jwt:\n"
            "    endpoint: https://x/ims/exchange/jwt\n"
            "  accounts:\n"
            "    - name: a\n"
            "      key: k1\n"
            "    - url: u\n"
            "top: 1\n")
    paths = baseline.key_paths(text, "conf/app.yml")
    assert paths is not None
    assert [paths[n] for n in (2, 3, 4, 6, 7, 8, 9)] == [
        "ims", "ims.jwt", "ims.jwt.endpoint", "ims.accounts.[].name", "ims.accounts.[].key",
        "ims.accounts.[].url", "top"]


def test_json_key_paths_track_nesting() -> None:
    text = ('{\n'
            '  "project": {\n'
            '    "workspace": {"details": {\n'
            '      "credentials": [\n'
            '        {"jwt": {\n'
            '          "client_id": "abc",\n'
            '          "meta_scopes": ["ent_x"]\n'
            '        }}\n'
            '      ]\n'
            '    }}\n'
            '  }\n'
            '}\n')
    paths = baseline.key_paths(text, "console.json")
    assert paths is not None
    assert paths[6] == "project.workspace.details.credentials.[].jwt.client_id"
    assert paths[7] == "project.workspace.details.credentials.[].jwt.meta_scopes"


def test_flat_files_use_section_and_key() -> None:
    text = "[adobe]\nJWT_URL = x\n\n[other]\nkey: y\n"
    assert baseline.key_paths(text, "settings.ini") == {1: "adobe", 2: "adobe.JWT_URL", 3: "adobe", 4: "other",
                                                         5: "other.key", 6: "other"}
    assert baseline.key_paths("export IMS_JWT=1\n", ".env.prod") == {1: "IMS_JWT", 2: ""}
    assert baseline.key_paths("x = 1\n", "app.py") is None


# ---- keys: stable where they must be, sensitive where they must be -------------------------------------


@pytest.mark.parametrize(("before", "after", "same"), [
    ("a: 1\njwt: https://x/exchange/jwt\n", "jwt:   https://x/exchange/jwt\n", True),         # moved, spaces
    ("a: 1\njwt: https://x/exchange/jwt\n", "a: 1\njwt: https://y/exchange/jwt\n", False),    # value changed
    ("a: 1\njwt: https://x/exchange/jwt\n", "a: 1\nold_jwt: https://x/exchange/jwt\n", False),  # key renamed
])
def test_config_key_is_key_path_plus_value(before: str, after: str, same: bool) -> None:
    line_before = before.count("\n")
    line_after = after.count("\n")
    assert (key(before, "c.yaml", line_before) == key(after, "c.yaml", line_after)) is same


@pytest.mark.parametrize(("after", "same"), [
    ("import x\n\n\n" + EXCHANGE.replace(", ", ",   "), True),      # moved and re-spaced
    ("import x\n" + EXCHANGE.replace("form", "other"), False),       # changed on the accepted line
])
def test_code_key_is_normalised_line(after: str, same: bool) -> None:
    before = "import x\n" + EXCHANGE
    assert (key(before, "a.py", 2) == key(after, "a.py", after.count("\n"))) is same


def test_keys_hold_no_secret_in_clear() -> None:
    k = key("jwt:\n  client_secret: p8e-VerySecretValue\n", "c.yaml", 2)
    assert "VerySecret" not in json.dumps(k)
    assert k[2] == "key:jwt.client_secret"


# ---- the file ------------------------------------------------------------------------------------------


def test_dumps_is_sorted_counted_and_versioned() -> None:
    k1 = ("B-1", "z.py", "code:1", "a" * 64)
    k2 = ("A-1", "a.py", "code:2", "b" * 64)
    data = json.loads(baseline.dumps([k1, k2, k1], "2026-01-01"))
    assert data["version"] == baseline.VERSION and data["created_as_of"] == "2026-01-01"
    assert [(e["path"], e["count"]) for e in data["entries"]] == [("a.py", 1), ("z.py", 2)]
    assert baseline.dumps([k1, k2, k1], "2026-01-01") == baseline.dumps([k2, k1, k1], "2026-01-01")


def test_load_round_trips_and_compare_reports_new_and_stale(tmp_path: Path) -> None:
    text = "import x\n" + EXCHANGE + EXCHANGE + "y = 2\n"
    fs = [finding("a.py", 2), finding("a.py", 3)]
    keys = baseline.keys_for(fs, text)
    path = tmp_path / "b.json"
    path.write_text(baseline.dumps([keys[fs[0].fingerprint], ("GONE-1", "x.py", "code:9", "c" * 64)], "2026-01-01"))
    matched, stale = baseline.compare(fs, keys, baseline.load(path))
    assert matched == {fs[0].fingerprint}  # the second identical line is one more than accepted: new
    assert [(s["rule"], s["count"]) for s in stale] == [("GONE-1", 1)]


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "not JSON"),
    ('{"version": 99, "entries": []}', "newer jwt-audit"),
    ('{"entries": []}', "no integer `version`"),
    ('{"version": 1, "entries": [{"rule": "X", "path": "a", "location": "nowhere", "value": ""}]}',
     "entries/0/location"),
])
def test_load_errors_are_clear(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(ConfigError, match="--baseline .*b.json") as exc:
        baseline.load(path)
    assert message in exc.value.message


def test_upgrade_functions_run_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(baseline, "UPGRADES", {0: lambda d: {**d, "version": 1, "entries": d["results"]}})
    assert baseline.upgrade({"version": 0, "results": []}) == {"version": 1, "results": [], "entries": []}


# ---- the command ---------------------------------------------------------------------------------------


def test_baseline_create_then_scan_reports_only_new_and_does_not_churn(tmp_path: Path, test_pack: Path) -> None:
    repo = tmp_path / "r"
    repo.mkdir()
    (repo / "auth.py").write_text("import requests\n" + EXCHANGE, encoding="utf-8")
    (repo / "conf.yaml").write_text("ims:\n  url: https://ims-na1.adobelogin.com/ims/exchange/jwt\n")
    out = tmp_path / "base.json"
    args = ["--rules", str(test_pack), "--pack", "test-pack", "--as-of", "2026-01-01"]
    res = CliRunner().invoke(main, ["baseline", "create", str(repo), "-o", str(out), *args])
    assert res.exit_code == 0, res.output
    first = out.read_text()
    assert "ims-na1" not in first and '"line"' not in first
    assert [e["location"] for e in json.loads(first)["entries"]][0].startswith("code:")

    # Unrelated lines added above both findings: re-creating gives the very same file.
    (repo / "auth.py").write_text("import os\nimport requests\n\n" + EXCHANGE, encoding="utf-8")
    (repo / "conf.yaml").write_text("name: x\nims:\n  other: 1\n  url:   https://ims-na1.adobelogin.com/ims/exchange/jwt\n")
    res = CliRunner().invoke(main, ["baseline", "create", str(repo), "-o", str(out), *args])
    assert out.read_text() == first

    (repo / "new.py").write_text(EXCHANGE, encoding="utf-8")
    res = CliRunner().invoke(main, ["scan", str(repo), *args, "--baseline", str(out), "-f", "json"])
    assert res.exit_code == 1, res.output
    report = json.loads(res.stdout)
    active = [(f["path"], f["line"]) for f in report["findings"] if not f["suppressed"]]
    accepted = sorted((f["path"], f["suppression"]["kind"]) for f in report["findings"] if f["suppressed"])
    assert active == [("new.py", 1)]
    assert accepted == [("auth.py", "baseline"), ("conf.yaml", "baseline")]
    assert report["baseline"]["matched"] == 2 and report["baseline"]["stale"] == []
    assert report["summary"]["suppressed"] == 2


def test_files_given_one_by_one_match_a_baseline_made_from_the_root(tmp_path: Path, test_pack: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """pre-commit passes each staged file as its own root: keys use the path as given."""
    repo = tmp_path / "r"
    (repo / "src").mkdir(parents=True)
    (repo / "src" / "auth.py").write_text("import requests\n" + EXCHANGE, encoding="utf-8")
    (repo / "src" / "new.py").write_text(EXCHANGE, encoding="utf-8")
    (repo / ".jwt-audit.yml").write_text("suppressions:\n  - {rule: '*', path: 'src/new.py', reason: r}\n")
    monkeypatch.chdir(repo)
    args = ["--rules", str(test_pack), "--pack", "test-pack", "--as-of", "2026-01-01"]
    res = CliRunner().invoke(main, ["baseline", "create", ".", "-o", "b.json", "--no-inline-ignores", *args])
    assert res.exit_code == 0, res.output
    assert [e["path"] for e in json.loads(Path("b.json").read_text())["entries"]] == ["src/auth.py"]
    res = CliRunner().invoke(main, ["scan", "src/auth.py", "src/new.py", *args, "--baseline", "b.json", "-f", "json"])
    assert res.exit_code == 0, res.output
    kinds = {(f["repo"], f["suppression"]["kind"]) for f in json.loads(res.stdout)["findings"]}
    assert kinds == {("src/auth.py", "baseline"), ("src/new.py", "config")}
