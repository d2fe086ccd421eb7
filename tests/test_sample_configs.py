"""The README demo: sample_configs/ scans to the statuses, findings and deadlines its README promises."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.report import validate

SAMPLES = Path(__file__).resolve().parent.parent / "sample_configs"


@pytest.fixture(scope="module")
def report() -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(main, ["scan", str(SAMPLES), "-f", "json", "--as-of", "2026-11-28"])
    assert result.exit_code == 1, result.stderr  # the documented exit code: high/critical findings
    data: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    validate(data)
    return data


def _by_folder(report: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {i["files"][0].split("/")[0]: i for i in report["integrations"]}


def test_one_integration_per_stage_with_its_status(report: dict) -> None:  # type: ignore[type-arg]
    ints = _by_folder(report)
    assert {k: v["status"] for k, v in ints.items()} == {
        "jwt-integration": "not-started", "oauth-migrated": "migrated", "mixed": "in-progress"}
    assert all(all(f.startswith(k + "/") for f in v["files"]) for k, v in ints.items())
    assert report["repos"][0]["status"] == "in-progress"


def test_certificates_move_the_deadlines(report: dict) -> None:  # type: ignore[type-arg]
    ints = _by_folder(report)
    assert ints["jwt-integration"]["deadline"] == "2025-09-15"
    assert "certificate" in ints["jwt-integration"]["deadline_reason"]
    assert ints["mixed"]["deadline"] == "2026-01-20"
    assert ints["oauth-migrated"]["deadline"] is None


def test_the_findings_the_readme_lists(report: dict) -> None:  # type: ignore[type-arg]
    kinds: dict[str, set[str]] = {}
    for f in report["findings"]:
        kinds.setdefault(f["path"].split("/")[0], set()).add(f["kind"])
    assert kinds["jwt-integration"] >= {"deprecated-jwt", "jwt-config", "jwt-dependency", "key-material"}
    assert kinds["oauth-migrated"] == {"oauth-s2s"}
    assert kinds["mixed"] >= {"deprecated-jwt", "jwt-config", "oauth-s2s"}
    paths = {f["path"] for f in report["findings"] if f["kind"] == "key-material"}
    assert {"jwt-integration/private.key", "jwt-integration/certificate_pub.crt"} <= paths
    dep = [f for f in report["findings"] if f["kind"] == "jwt-dependency" and f["path"].endswith("package.json")]
    assert dep and "@adobe/jwt-auth" in dep[0]["snippet"]


def test_every_finding_carries_remediation_and_no_secret(report: dict) -> None:  # type: ignore[type-arg]
    assert all(f["remediation"] for f in report["findings"])
    text = json.dumps(report)
    assert "-----BEGIN PRIVATE KEY-----\\nMII" not in text and "p8e-" not in text.replace("<redacted", "")


def test_migrated_integration_needs_no_plan_but_others_do(report: dict) -> None:  # type: ignore[type-arg]
    ints = _by_folder(report)
    plan = ints["jwt-integration"]["plan"]
    assert plan["steps"] and plan["files"]
    assert {s["language"] for s in plan["snippets"]} >= {"python", "curl"}
    assert "openid" in ints["jwt-integration"]["scopes"]
