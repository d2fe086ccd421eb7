"""CI recipes, run for real: the pre-commit hook (pre-commit from PyPI pointed at this checkout), the
GitHub composite action's scan step, and the GitLab CI template's script."""
from __future__ import annotations

import importlib.util
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

EXCHANGE = 'requests.post("https://ims-na1.adobelogin.com/ims/exchange/jwt", data=form)\n'


def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def git_env(home: Path) -> dict[str, str]:
    return {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.com", "HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1"}


def head_sha() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()


# ---- the hook definition -------------------------------------------------------------------------------


def test_hook_definition_scans_only_the_files_passed() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "jwt-audit" and hook["language"] == "python" and hook["pass_filenames"] is True
    assert hook["entry"] == "jwt-audit scan --fail-on high --quiet"
    assert "types" not in hook and "files" not in hook  # key stores and archives matter; binaries are sniffed


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                    reason="pre-commit is not installed (pip install -e '.[test]' installs it; CI does)")
def test_pre_commit_blocks_a_jwt_exchange_and_lets_a_clean_commit_through(tmp_path: Path) -> None:
    repo = tmp_path / "app"
    repo.mkdir()
    env = git_env(tmp_path) | {"PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}
    env.pop("PYTHONPATH", None)  # the hook must run from the environment pre-commit builds, not this checkout
    assert run(["git", "init", "-q", "-b", "main"], repo, env).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head_sha()}\n    hooks:\n      - id: jwt-audit\n")
    install = run([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert install.returncode == 0, install.stdout + install.stderr

    (repo / "clean.py").write_text("def add(a, b):\n    return a + b\n")
    run(["git", "add", "-A"], repo, env)
    ok = run(["git", "commit", "-q", "-m", "clean"], repo, env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "jwt-audit" in ok.stdout + ok.stderr and "Passed" in ok.stdout + ok.stderr

    (repo / "auth.py").write_text("import requests\n\n\ndef token(form):\n    return " + EXCHANGE)
    (repo / "untouched_legacy.py").write_text("import requests\n" + EXCHANGE)  # not staged: not scanned
    run(["git", "add", "auth.py"], repo, env)
    blocked = run(["git", "commit", "-q", "-m", "adds a JWT exchange"], repo, env)
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert "ADOBE-JWT-001" in out and "auth.py" in out and "untouched_legacy.py" not in out
    log = run(["git", "log", "--format=%s"], repo, env).stdout.split()
    assert "adds" not in log


# ---- the GitHub composite action -----------------------------------------------------------------------


@pytest.fixture
def shim(tmp_path: Path) -> dict[str, str]:
    """`jwt-audit` on PATH running this checkout, as the action's install step would provide it."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    exe = bindir / "jwt-audit"
    exe.write_text(f"#!/bin/sh\nexec {sys.executable} -m auditor \"$@\"\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}",
            "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    (root / "auth.py").write_text("import requests\n" + EXCHANGE)
    return root


def test_action_is_a_composite_that_installs_itself() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    assert {"paths", "fail-on", "format", "output", "args"} <= set(action["inputs"])
    install = next(s for s in action["runs"]["steps"] if "pip install" in s.get("run", ""))
    assert "${{ github.action_path }}" in install["run"]
    scan = next(s for s in action["runs"]["steps"] if s.get("id") == "scan")
    assert "${{" not in scan["run"]  # inputs only through env: no script injection


@pytest.mark.parametrize(("inputs", "code"), [({"JWT_AUDIT_FAIL_ON": "high"}, 1), ({"JWT_AUDIT_FAIL_ON": "never"}, 0)])
def test_action_scan_step_writes_sarif_and_sets_the_exit_code(project: Path, tmp_path: Path, shim: dict[str, str],
                                                               inputs: dict[str, str], code: int) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "scan")
    outputs = tmp_path / "github_output"
    env = shim | {k: "" for k in step["env"]} | {
        "JWT_AUDIT_PATHS": ".", "JWT_AUDIT_FORMAT": "sarif", "JWT_AUDIT_OUTPUT": "jwt-audit.sarif",
        "JWT_AUDIT_ARGS": "--as-of 2026-01-01", "GITHUB_OUTPUT": str(outputs)} | inputs
    proc = run(["bash", "-e", "-c", step["run"]], project, env, timeout=300)
    assert proc.returncode == code, proc.stderr
    assert outputs.read_text() == f"exit-code={code}\n"
    sarif = json.loads((project / "jwt-audit.sarif").read_text())
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["ADOBE-JWT-001"]


# ---- the GitLab CI template ----------------------------------------------------------------------------


def test_gitlab_template_writes_the_code_quality_report_and_fails_the_job(project: Path, shim: dict[str, str]) -> None:
    template = yaml.safe_load((ROOT / "ci" / "gitlab" / "jwt-audit.gitlab-ci.yml").read_text())
    job = template[".jwt-audit"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert template["jwt-audit"]["extends"] == ".jwt-audit"
    env = shim | {k: str(v) for k, v in job["variables"].items()} | {"JWT_AUDIT_ARGS": "--as-of 2026-01-01"}
    script = "\n".join(job["script"])
    proc = run(["bash", "-e", "-c", script], project, env, timeout=300)
    assert proc.returncode == 1, proc.stderr
    issues = json.loads((project / "gl-code-quality-report.json").read_text())
    assert [(i["check_name"], i["location"]["path"]) for i in issues] == [("ADOBE-JWT-001", "auth.py")]
    assert "1 findings" in proc.stdout or "1 finding" in proc.stdout
    assert (project / "jwt-audit-junit.xml").is_file()
