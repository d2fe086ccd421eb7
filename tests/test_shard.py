"""Past one machine: `scan --shard K/N` splits the roots deterministically and `merge` gives back the single scan."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from auditor.cli import shard
from auditor.errors import UsageError
from auditor.merge import normalise
from tests.orgscan import AS_OF, NEXT_AS_OF, cli, make_org, next_week, scan


@pytest.fixture
def org(tmp_path: Path) -> list[Path]:
    return make_org(tmp_path / "org")


def _repos(report: dict[str, Any]) -> list[str]:
    return [r["root"] for r in report["repos"]]


def test_sharded_scan_merged_equals_the_single_scan(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    single = scan(list(reversed(org)), test_pack, tmp_path / "single.json")  # argument order must not matter
    shards = [scan(org, test_pack, tmp_path / f"shard-{k}.json", "--shard", f"{k}/3") for k in (1, 2, 3)]

    assert sorted(r for s in shards for r in _repos(s)) == sorted(_repos(single))  # every repo in one shard
    assert all(s["repos"] for s in shards)
    code, _, err = cli("merge", *(str(tmp_path / f"shard-{k}.json") for k in (1, 2, 3)),
                       "-o", str(tmp_path / "merged.json"))
    assert code == 0, err
    merged = json.loads((tmp_path / "merged.json").read_text(encoding="utf-8"))

    expected = normalise(single)
    for key in ("findings", "integrations", "repos", "files", "summary", "packs", "rules", "as_of", "errors"):
        assert merged[key] == expected[key], key
    assert merged == expected


def test_the_org_exercises_what_merging_must_keep(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    """The equality above means something: several statuses, skipped files, a fingerprint shared by two repos."""
    report = scan(org, test_pack, tmp_path / "single.json")
    assert {r["status"] for r in report["repos"]} == {"not-started", "in-progress", "migrated", "clean"}
    assert {s["reason"].split(" (")[0] for s in report["files"]["skipped"]} >= {"binary file"}
    by_fp: dict[str, set[str]] = {}
    for f in report["findings"]:
        by_fp.setdefault(f["fingerprint"], set()).add(f["repo"])
    assert any(len(repos) > 1 for repos in by_fp.values()), "config/app.env is identical in two repos"


def test_shards_from_a_repos_file(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    listing = tmp_path / "repos.txt"
    listing.write_text("# the org\n" + "\n".join(map(str, org)) + "\n\n", encoding="utf-8")
    first = scan([], test_pack, tmp_path / "a.json", "--repos-file", str(listing), "--shard", "1/2")
    second = scan([], test_pack, tmp_path / "b.json", "--repos-file", str(listing), "--shard", "2/2")
    assert sorted(_repos(first) + _repos(second)) == sorted(str(p) for p in org)
    assert not set(_repos(first)) & set(_repos(second))


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7])
def test_shards_partition_the_roots_whatever_their_order(n: int) -> None:
    roots = [f"repo-{i:02d}" for i in range(11)] + ["repo-03"]  # a duplicate is scanned once
    parts = [shard(roots, f"{k}/{n}") for k in range(1, n + 1)]
    assert sorted(r for p in parts for r in p) == sorted(set(roots))
    assert [shard(list(reversed(roots)), f"{k}/{n}") for k in range(1, n + 1)] == parts
    assert max(map(len, parts)) - min(map(len, parts)) <= 1  # balanced by count


def test_more_shards_than_roots_leaves_some_empty() -> None:
    assert [shard(["a", "b"], f"{k}/4") for k in range(1, 5)] == [["a"], ["b"], [], []]


@pytest.mark.parametrize("spec", ["0/3", "4/3", "x", "1/0", "1-3", "2/3/4"])
def test_bad_shard_specs_are_usage_errors(spec: str) -> None:
    with pytest.raises(UsageError, match="--shard"):
        shard(["a"], spec)


def test_bad_shard_spec_on_the_command_line(org: list[Path], test_pack: Path) -> None:
    code, _, err = cli("scan", str(org[0]), "--rules", str(test_pack), "--pack", "test-pack", "--shard", "5/3")
    assert code == 2
    assert err.startswith("error: --shard 5/3") and "Traceback" not in err


def test_shard_command_lists_what_scan_shard_scans(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    """CI clones only its shard's repos: `jwt-audit shard K/N` names them, by the same rule as scan."""
    listing = tmp_path / "repos.txt"
    listing.write_text("\n".join(map(str, reversed(org))) + "\n", encoding="utf-8")
    for k in (1, 2):
        code, out, err = cli("shard", f"{k}/2", "--repos-file", str(listing))
        assert code == 0, err
        scanned = scan([], test_pack, tmp_path / f"s{k}.json", "--repos-file", str(listing), "--shard", f"{k}/2")
        assert out.splitlines() == _repos(scanned)
    assert cli("shard", "1/2", "b", "a", "c")[1] == "a\nc\n"
    code, _, err = cli("shard", "1/2")
    assert code == 2 and err == "error: shard: give the roots, or --repos-file FILE\n"


# --- the shipped examples: a GitHub Actions matrix and a Kubernetes Indexed Job ----------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ORG_NAMES = ["acme/billing-api", "acme/data-sync", "acme/docs-site", "acme/legacy-etl", "acme/web-portal"]


def _tools(tmp_path: Path, source: Path, test_pack: Path) -> dict[str, str]:
    """A `jwt-audit` on PATH running this checkout (test pack only), and a `git` whose clone copies from `source`."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    root = Path(__file__).resolve().parent.parent
    (bin_dir / "jwt-audit").write_text(
        f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(root)!r})\nfrom auditor.cli import main\n"
        f"args = sys.argv[1:]\nif args[:1] == ['scan']:\n    args += ['--rules', {str(test_pack)!r}, '--pack', 'test-pack']\n"
        "main(args)\n", encoding="utf-8")
    (bin_dir / "git").write_text(
        f"#!{sys.executable}\nimport re, shutil, sys\n"
        "if 'clone' not in sys.argv:\n    sys.exit('fatal: not a git repository (or any of the parent directories): .git')\n"
        "url, dest = sys.argv[-2:]\n"
        f"name = re.search(r'github\\.com/(.+)\\.git$', url).group(1)\nshutil.copytree({str(source)!r} + '/' + name, dest)\n",
        encoding="utf-8")
    (bin_dir / "gh").write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")  # no previous run to fetch
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "GIT_TOKEN": "t"}


def _single(tmp_path: Path, test_pack: Path, monkeypatch: pytest.MonkeyPatch, as_of: str) -> dict[str, Any]:
    monkeypatch.chdir(tmp_path / "src")
    return normalise(scan([Path(n) for n in ORG_NAMES], test_pack, tmp_path / f"single-{as_of}.json", as_of=as_of))


def _sh(script: str, cwd: Path, env: dict[str, str]) -> None:
    done = subprocess.run(["/bin/sh", "-ec", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def _shell_steps(job: dict[str, Any], values: dict[str, str]) -> list[tuple[str, str]]:
    """(working-directory, script) of a workflow job's `run` steps, with `${{ ... }}` filled from `values`."""
    out = []
    for step in job["steps"]:
        if "run" in step:
            script = re.sub(r"\$\{\{\s*([^}]+?)\s*\}\}", lambda m: values[m.group(1)], step["run"])
            out.append((step.get("working-directory", "."), script))
    return out


@pytest.mark.slow
def test_github_actions_matrix_scans_shards_and_merges_to_the_single_scan(
    tmp_path: Path, test_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workflow = yaml.safe_load((EXAMPLES / "github-actions/jwt-audit-org.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    shards = jobs["scan"]["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1)) and jobs["merge"]["needs"] == ["setup", "scan"]
    make_org(tmp_path / "src/acme")
    env = {**_tools(tmp_path, tmp_path / "src", test_pack), "REPOS_FILE": str(EXAMPLES / "github-actions/repos.txt"),
           "AS_OF": AS_OF}
    values = {"needs.setup.outputs.as_of": AS_OF, "strategy.job-total": str(len(shards)),
              "github.workflow": "JWT migration audit (organisation)"}
    merge_dir = tmp_path / "merge"
    (merge_dir / "shards").mkdir(parents=True)
    for k in shards:  # each matrix job in its own workspace; upload/download-artifact is a copy
        work = tmp_path / f"job-{k}"
        work.mkdir()
        for cwd, script in _shell_steps(jobs["scan"], {**values, "matrix.shard": str(k)}):
            if "pip install" not in script:
                _sh(script, work / cwd, env)
        if (work / f"shard-{k}.json").exists():
            shutil.copy(work / f"shard-{k}.json", merge_dir / "shards")
    summary = tmp_path / "summary.md"
    for cwd, script in _shell_steps(jobs["merge"], values):
        if "pip install" not in script:
            _sh(script, merge_dir / cwd, {**env, "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_REPOSITORY": "acme/x"})
    merged = json.loads((merge_dir / "org-report.json").read_text(encoding="utf-8"))
    assert merged == _single(tmp_path, test_pack, monkeypatch, AS_OF)
    assert [r["root"] for r in merged["repos"]] == ORG_NAMES
    assert (merge_dir / "org-report.html").exists() and (merge_dir / "trend.html").exists()
    assert (merge_dir / f"history/{AS_OF}.json").exists() and summary.read_text(encoding="utf-8")


@pytest.mark.slow
def test_kubernetes_indexed_job_scans_shards_and_the_merge_job_reduces_them(
    tmp_path: Path, test_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = list(yaml.safe_load_all((EXAMPLES / "kubernetes/jwt-audit-indexed-job.yaml").read_text(encoding="utf-8")))
    job = next(d for d in docs if d["kind"] == "Job")
    spec = job["spec"]
    container = spec["template"]["spec"]["containers"][0]
    shards = next(e["value"] for e in container["env"] if e["name"] == "SHARDS")
    assert spec["completionMode"] == "Indexed" and spec["completions"] == spec["parallelism"] == int(shards)
    (merge,) = yaml.safe_load_all((EXAMPLES / "kubernetes/jwt-audit-merge-job.yaml").read_text(encoding="utf-8"))

    (tmp_path / "config").mkdir()
    (tmp_path / "config/repos.txt").write_text("\n".join(ORG_NAMES) + "\n", encoding="utf-8")

    def local(script: str) -> str:
        return (script.replace("/config/", f"{tmp_path}/config/").replace("/reports", f"{tmp_path}/reports")
                .replace("cd /work", 'cd "$WORK"'))

    make_org(tmp_path / "src/acme")
    env = _tools(tmp_path, tmp_path / "src", test_pack)
    for as_of in (AS_OF, NEXT_AS_OF):  # two runs a week apart: the second also writes progress and trend
        for index in range(spec["completions"]):
            work = tmp_path / f"pod-{as_of}-{index}"
            work.mkdir()
            _sh(local(container["args"][0]), tmp_path, {**env, "JOB_COMPLETION_INDEX": str(index), "SHARDS": shards,
                                                        "AS_OF": as_of, "WORK": str(work)})
        _sh(local(merge["spec"]["template"]["spec"]["containers"][0]["args"][0]), tmp_path, {**env, "AS_OF": as_of})
        merged = json.loads((tmp_path / f"reports/{as_of}/org-report.json").read_text(encoding="utf-8"))
        assert merged == _single(tmp_path, test_pack, monkeypatch, as_of)
        monkeypatch.chdir(tmp_path)
        if as_of == AS_OF:
            next_week(tmp_path / "src/acme")
    assert (tmp_path / f"reports/{NEXT_AS_OF}/progress.html").exists()
    assert (tmp_path / f"reports/{NEXT_AS_OF}/trend.html").exists()


def _code(path: Path) -> str:
    """The commands in an example: Markdown code (fenced and inline), YAML without its prose comments."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        return "\n".join(re.findall(r"```[a-z]*\n(.*?)```", text, re.S) + re.findall(r"`([^`\n]+)`", text))
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("#") or "- run:" in ln)


def test_every_command_in_the_examples_exists_with_those_options() -> None:
    from auditor.cli import main

    texts = [_code(p) for p in EXAMPLES.rglob("*") if p.suffix in (".yml", ".yaml", ".md")]
    parts = [part for t in texts for part in t.split("jwt-audit ")[1:] if re.match(r"\w", part)]
    calls = [re.match(r"(\w+)([^\n|>&;`─►]*)", part).groups() for part in parts]  # type: ignore[union-attr]
    assert len(calls) > 15
    for name, rest in calls:
        command = main.commands.get(name)
        assert command is not None, name
        known = {o for p in command.params for o in p.opts}
        for option in re.findall(r"(?<!\S)(--?[a-z][\w-]*)", rest):
            assert option in known, f"jwt-audit {name} {option}"
