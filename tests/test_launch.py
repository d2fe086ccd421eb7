"""The entry point starts `git ls-files` before the heavy imports; discovery uses that listing."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from auditor import launch
from auditor.discovery import DiscoveryOptions, discover


def git_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "src").mkdir(parents=True)
    (repo / "src" / "a.py").write_text("x = 1\n", encoding="utf-8")
    (repo / "untracked.txt").write_text("y\n", encoding="utf-8")
    (repo / ".gitignore").write_text("ignored.log\n", encoding="utf-8")
    (repo / "ignored.log").write_text("z\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "src/a.py", ".gitignore"], check=True)
    return repo


def test_a_prestarted_listing_is_what_discovery_uses(tmp_path: Path) -> None:
    repo = git_repo(tmp_path)
    launch.prestart(["scan", "-f", "json", str(repo), "--as-of", "2026-01-01"])
    assert tuple(launch.git_ls_files(str(repo))) in launch._STARTED
    roots = discover([str(repo)], DiscoveryOptions())
    assert not launch._STARTED  # taken, once
    assert [c.rel for c in roots[0].files] == [".gitignore", "src/a.py", "untracked.txt"]


def test_listings_nobody_takes_are_killed_at_exit(tmp_path: Path) -> None:
    repo = git_repo(tmp_path)
    launch.prestart(["scan", str(repo), str(tmp_path / "missing")])  # a path that is not a folder: no listing
    assert len(launch._STARTED) == 1
    procs = [p for p, _, _ in launch._STARTED.values()]
    launch._discard()
    assert not launch._STARTED and all(p.returncode is not None for p in procs)
    launch.prestart(["report", str(repo)])  # only `scan` lists files
    assert not launch._STARTED


def test_the_entry_point_scans(tmp_path: Path) -> None:
    repo = git_repo(tmp_path)
    out = subprocess.run([sys.executable, "-m", "auditor", "scan", str(repo), "-f", "json", "-q"],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["files"] == {"scanned": 3, "skipped": []}  # the ignored file is not listed
