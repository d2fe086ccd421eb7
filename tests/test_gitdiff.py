"""Changed lines since a git ref: hunks, untracked files, renames, deletions, and the errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import gitdiff
from auditor.cli import main
from auditor.errors import UsageError
from tests.conftest import git

EXCHANGE = 'requests.post("https://ims-na1.adobelogin.com/ims/exchange/jwt", data=form)\n'


def commit_all(repo: Path, message: str = "c") -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def test_parse_diff_added_changed_deleted_binary() -> None:
    text = "\n".join([
        "diff --git a/a.py b/a.py",
        "--- a/a.py",
        "+++ b/a.py",
        "@@ -2 +2 @@",
        "@@ -5,0 +6,3 @@ def f():",
        "@@ -10,2 +12,0 @@",
        "diff --git a/gone.py b/gone.py",
        "--- a/gone.py",
        "+++ /dev/null",
        "@@ -1,3 +0,0 @@",
        "diff --git a/k.p12 b/k.p12",
        "Binary files a/k.p12 and b/k.p12 differ",
        'diff --git "a/sp ace\\303\\251.py" "b/sp ace\\303\\251.py"',
        '+++ "b/sp ace\\303\\251.py"',
        "@@ -0,0 +1 @@",
    ])
    assert gitdiff.parse_diff(text) == {"a.py": {2, 6, 7, 8}, "k.p12": None, "sp aceé.py": {1}}


@pytest.fixture
def history(git_repo: Path) -> Path:
    (git_repo / "keep.py").write_text("a = 1\nb = 2\nc = 3\n")
    (git_repo / "old.py").write_text("x = 1\ny = 2\nz = 3\nw = 4\n")
    (git_repo / "gone.py").write_text(EXCHANGE)
    (git_repo / ".gitignore").write_text("ignored/\n")
    commit_all(git_repo, "base")
    git(git_repo, "checkout", "-q", "-b", "feature")
    (git_repo / "keep.py").write_text("a = 1\nb = 22\nc = 3\nd = 4\n")    # line 2 changed, line 4 added
    git(git_repo, "mv", "old.py", "new.py")
    (git_repo / "new.py").write_text("x = 1\ny = 2\nz = 33\nw = 4\n")     # renamed, line 3 changed
    git(git_repo, "rm", "-q", "gone.py")
    commit_all(git_repo, "feature")
    (git_repo / "staged.py").write_text("s = 1\n")
    git(git_repo, "add", "staged.py")
    (git_repo / "untracked.py").write_text("u = 1\nv = 2\n")
    (git_repo / "ignored").mkdir()
    (git_repo / "ignored" / "i.py").write_text("i = 1\n")
    return git_repo


def test_changed_lines_since_a_ref(history: Path) -> None:
    changes = gitdiff.changed_lines(str(history), "main")
    assert changes.files == {"keep.py": {2, 4}, "new.py": {3}, "staged.py": {1}, "untracked.py": None}
    assert changes.touches("keep.py", 4, 4) and not changes.touches("keep.py", 3, 3)
    assert changes.touches("keep.py", 1, 2)           # a multi-line finding reaching a changed line
    assert changes.touches("untracked.py", 2, 2)
    assert not changes.touches("gone.py", 1, 1) and not changes.touches("ignored/i.py", 1, 1)


def test_merge_base_is_used_so_later_commits_on_the_ref_do_not_count(history: Path) -> None:
    git(history, "stash", "-q", "-u")
    git(history, "checkout", "-q", "main")
    (history / "main_only.py").write_text("m = 1\n")
    commit_all(history, "main moves on")
    git(history, "checkout", "-q", "feature")
    changes = gitdiff.changed_lines(str(history), "main")
    assert "main_only.py" not in changes.files and changes.files["keep.py"] == {2, 4}


def test_subdirectory_root_gets_paths_relative_to_it(history: Path) -> None:
    sub = history / "pkg"
    sub.mkdir()
    (sub / "m.py").write_text("q = 1\n")
    assert gitdiff.changed_lines(str(sub), "main").files == {"m.py": None}


def test_unknown_ref_and_not_a_repo_are_usage_errors(history: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown git ref 'nope'"):
        gitdiff.changed_lines(str(history), "nope")
    with pytest.raises(UsageError, match="unknown git ref '--output=x'"):
        gitdiff.changed_lines(str(history), "--output=x")
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(UsageError, match="not inside a git repository"):
        gitdiff.changed_lines(str(plain), "main")


def test_scan_diff_reports_only_changed_lines_and_counts_the_rest(git_repo: Path, test_pack: Path) -> None:
    (git_repo / "auth.py").write_text("import requests\n" + EXCHANGE)
    commit_all(git_repo)
    git(git_repo, "checkout", "-q", "-b", "feature")
    (git_repo / "auth.py").write_text("import requests\n" + EXCHANGE + "\n" + EXCHANGE.replace("form", "f2"))
    args = ["scan", str(git_repo), "--rules", str(test_pack), "--pack", "test-pack", "--as-of", "2026-01-01"]
    res = CliRunner().invoke(main, [*args, "--diff", "main", "-f", "json"])
    assert res.exit_code == 1, res.output
    report = json.loads(res.stdout)
    assert [(f["path"], f["line"]) for f in report["findings"]] == [("auth.py", 4)]
    assert report["diff"]["ref"] == "main" and report["diff"]["filtered_out"] == 1
    res = CliRunner().invoke(main, [*args, "--diff", "no-such-branch"])
    assert res.exit_code == 2 and "error: --diff: unknown git ref 'no-such-branch'" in res.stderr
