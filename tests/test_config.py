"""Config files and the org policy: discovery, validation with located errors, precedence, constraints."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from auditor import config
from auditor.cli import main
from auditor.errors import ConfigError

EXCHANGE = 'requests.post("https://ims-na1.adobelogin.com/ims/exchange/jwt", data=form)\n'
PEM = "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "legacy").mkdir(parents=True)
    (root / "auth.py").write_text("import requests\n" + EXCHANGE, encoding="utf-8")
    (root / "legacy" / "old.py").write_text(EXCHANGE, encoding="utf-8")
    (root / "certs").mkdir()
    (root / "certs" / "service.pem").write_text(PEM, encoding="utf-8")
    return root


def scan(repo: Path, test_pack: Path, *extra: str) -> tuple[int, dict[str, Any], str]:
    args = ["scan", str(repo), "--rules", str(test_pack), "--pack", "test-pack", "-f", "json", *extra]
    res = CliRunner().invoke(main, args)
    return res.exit_code, json.loads(res.stdout) if res.stdout.startswith("{") else {}, res.stderr


def active(report: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((f["rule_id"], f["path"]) for f in report["findings"] if not f["suppressed"])


# ---- discovery and validation --------------------------------------------------------------------------


def test_finds_yml_then_pyproject(tmp_path: Path) -> None:
    assert config.find_config(str(tmp_path)) is None
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert config.find_config(str(tmp_path)) is None
    (tmp_path / "pyproject.toml").write_text("[tool.jwt-audit]\nfail_on = 'low'\n")
    assert config.find_config(str(tmp_path)) == tmp_path / "pyproject.toml"
    assert config.load(tmp_path / "pyproject.toml").data == {"fail_on": "low"}
    (tmp_path / ".jwt-audit.yml").write_text("fail_on: medium\n")
    assert config.find_config(str(tmp_path)) == tmp_path / ".jwt-audit.yml"


@pytest.mark.parametrize(("text", "message"), [
    ("fail_on: high\nexclud: [x]\n", ":2: (top level): unknown key ('exclud' was unexpected)"),
    ("fail_on: sometimes\n", ":1: fail_on: 'sometimes' is not one of"),
    ("gates:\n  - kind: jwt\n    new: explode\n", ":3: gates.0.new: 'explode' is not one of"),
    ("as_of: 2026-13-01\n", ":1: as_of:"),
    ("severity:\n  ADOBE-JWT-001: urgent\n", ":2: severity.ADOBE-JWT-001: 'urgent' is not one of"),
    ("min_fail_on: high\n", ":1: min_fail_on: only allowed in an organisation policy (--policy)"),
    ("fail_on: [high\n", ": invalid YAML"),
    ("- a\n- b\n", ":1: a config file must be a mapping"),
])
def test_invalid_config_errors_name_file_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / ".jwt-audit.yml"
    path.write_text(text)
    with pytest.raises(ConfigError) as exc:
        config.load(path)
    assert exc.value.message.startswith(str(path))
    assert message in exc.value.message


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.jwt-audit]\nfail_on = 3\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml \[tool.jwt-audit\]: fail_on: 3 is not one of"):
        config.load(tmp_path / "pyproject.toml")


def test_bad_config_exits_2_with_one_line(repo: Path, test_pack: Path) -> None:
    (repo / ".jwt-audit.yml").write_text("nope: 1\n")
    code, _, err = scan(repo, test_pack)
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1 and ".jwt-audit.yml:1" in err


# ---- settings and precedence ---------------------------------------------------------------------------


def test_config_settings_apply(repo: Path, test_pack: Path) -> None:
    (repo / ".jwt-audit.yml").write_text(
        "as_of: 2024-01-01\nexclude: [legacy/]\ndisable: [TEST-KEY-001]\nfail_on: low\n"
        "severity: {TEST-JWT-001: medium}\n")
    code, report, _ = scan(repo, test_pack)
    assert report["as_of"] == "2024-01-01"
    assert active(report) == [("TEST-JWT-001", "auth.py")]
    assert report["findings"][0]["severity"] == "medium"
    assert code == 1  # medium >= low


def test_command_line_wins_over_config(repo: Path, test_pack: Path) -> None:
    (repo / ".jwt-audit.yml").write_text("as_of: 2024-01-01\nfail_on: low\n")
    code, report, _ = scan(repo, test_pack, "--as-of", "2023-06-01", "--fail-on", "critical")
    assert report["as_of"] == "2023-06-01" and code == 0


def test_config_paths_are_relative_to_the_config_file(repo: Path, test_pack: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "conf"
    elsewhere.mkdir()
    (elsewhere / "pack.yaml").write_text(test_pack.read_text())
    (elsewhere / "cfg.yml").write_text("rules: [pack.yaml]\npacks: [test-pack]\nas_of: 2026-01-01\n")
    res = CliRunner().invoke(main, ["scan", str(repo), "--config", str(elsewhere / "cfg.yml"), "-f", "json"])
    assert res.exit_code == 1, res.output
    assert {f["rule_id"] for f in json.loads(res.stdout)["findings"]} == {"TEST-JWT-001", "TEST-KEY-001"}


def test_pyproject_table_is_used(repo: Path, test_pack: Path) -> None:
    (repo / "pyproject.toml").write_text('[tool.jwt-audit]\nas_of = "2024-01-01"\nexclude = ["legacy/", "certs/service.pem"]\n')
    _, report, _ = scan(repo, test_pack)
    assert report["as_of"] == "2024-01-01" and active(report) == [("TEST-JWT-001", "auth.py")]


def test_config_suppressions_and_require_reason(repo: Path, test_pack: Path) -> None:
    (repo / ".jwt-audit.yml").write_text(
        "require_reason: true\nsuppressions:\n"
        "  - {rule: TEST-JWT-001, path: 'legacy/**', reason: frozen code, until: 2030-01-01}\n"
        "  - {rule: '*', path: certs/service.pem}\n")
    _, report, _ = scan(repo, test_pack, "--as-of", "2026-01-01")
    assert active(report) == [("TEST-JWT-001", "auth.py"), ("TEST-KEY-001", "certs/service.pem")]
    s = report["suppressions"]
    assert [u["source"] for u in s["used"]] == [f"{repo / '.jwt-audit.yml'} suppressions[0]"]
    assert "reason is required" in s["rejected"][0]["why"]


# ---- the org policy: an untrusted repo cannot weaken the gate ------------------------------------------

WEAKENING = """\
fail_on: never
exclude: [legacy/]
disable: [TEST-KEY-001]
severity: {TEST-JWT-001: info}
gates:
  - {any: off}
suppressions:
  - {rule: '*', path: auth.py, reason: trust me}
"""


def test_repo_config_alone_can_turn_everything_off(repo: Path, test_pack: Path) -> None:
    (repo / ".jwt-audit.yml").write_text(WEAKENING)
    code, report, _ = scan(repo, test_pack, "--as-of", "2026-01-01")
    assert code == 0 and active(report) == []


def test_policy_wins_over_a_weakening_repo_config(repo: Path, test_pack: Path, tmp_path: Path) -> None:
    (repo / ".jwt-audit.yml").write_text(WEAKENING)
    (repo / "more.py").write_text(EXCHANGE.rstrip() + "  # jwt-audit: ignore[*] not really\n")
    policy = tmp_path / "org-policy.yml"
    policy.write_text("min_fail_on: high\nforbid_disable: true\nforbid_exclude: true\n"
                      "forbid_inline_ignores: true\nrequire_reason: true\n")
    code, report, _ = scan(repo, test_pack, "--as-of", "2026-01-01", "--policy", str(policy), "--fail-on", "never")
    assert code == 1
    assert active(report) == [("TEST-JWT-001", "auth.py"), ("TEST-JWT-001", "legacy/old.py"),
                              ("TEST-JWT-001", "more.py"), ("TEST-KEY-001", "certs/service.pem")]
    assert {f["severity"] for f in report["findings"]} == {"high"}  # severity overrides may only raise
    pol = report["policy"]
    assert pol["file"] == str(policy)
    assert {(o["setting"], o["by"]) for o in pol["overrides"]} >= {
        ("fail_on", "min_fail_on"), ("exclude", "forbid_exclude"), ("disable", "forbid_disable"),
        ("gates", "policy: repository gates do not apply"), ("suppressions", "forbid_inline_ignores")}
    rejected = report["suppressions"]["rejected"]
    assert [(r["source"], r["why"]) for r in rejected] == [
        ("more.py:1", f"inline ignores are forbidden by {policy}")]


def test_policy_gates_and_settings_apply_over_repo(repo: Path, test_pack: Path, tmp_path: Path) -> None:
    (repo / ".jwt-audit.yml").write_text("fail_on: critical\n")
    policy = tmp_path / "p.yml"
    policy.write_text("fail_on: medium\n")
    code, report, _ = scan(repo, test_pack, "--as-of", "2024-07-01", "--policy", str(policy))
    assert code == 1 and report["policy"]["overrides"] == []  # TEST-JWT-001 is medium on that date


def test_policy_only_keys_are_accepted_in_a_policy(tmp_path: Path) -> None:
    policy = tmp_path / "p.yml"
    policy.write_text("min_fail_on: medium\nforbid_baseline: true\n")
    assert config.load(policy, policy=True).data["min_fail_on"] == "medium"
    eff = config.resolve({"fail_on": "critical", "baseline": "b.json"}, str(tmp_path), policy_path=str(policy))
    assert eff.get("fail_on") == "medium" and eff.get("baseline") is None
    assert eff.policy is not None and [o["setting"] for o in eff.policy["overrides"]] == ["fail_on", "baseline"]
