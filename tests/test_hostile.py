"""Hostile input: every case ends in a completed scan, each file scanned or skipped with a clear reason.

Accounting: "files seen"
------------------------
A *file seen* is one entry that discovery lists for a root: every path `git ls-files --cached --others
--exclude-standard` prints, or, outside a git work tree (or when git fails there), every path the
.gitignore-aware walk yields: regular files, symbolic links (to anything; never followed), FIFOs,
sockets and devices. Two entries stand for many: all files under one vendored folder are one entry
(`node_modules/`), and a folder the walk cannot read is one entry (`dir/`). Paths that a .gitignore
excludes are not seen.

Every file seen ends as exactly one of:

* scanned: counted in `files.scanned`;
* skipped: one entry in `files.skipped` whose path is the file's own path, with a reason.

Archive members are not files seen. An archive that could be opened counts once, as scanned; each
member that could not be scanned adds a *detail* entry to `files.skipped` with the path
`archive.zip!/member` (the form findings use), which does not count toward the totals. An archive
that cannot be opened at all is a plain skip. So, per scan:

    files.scanned + (skipped entries that are not archive-member details) == files seen

A detail entry is recognised by its path: `<path of a scanned archive>!<member>` (a plain file may
have a `!` in its name; `names/bang!name.txt` below checks that it still counts as a file).

Paths in reports are valid Unicode: bytes of a name that are not UTF-8 are written `%XX`.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from auditor import api, regexguard
from auditor.api import ScanRequest, scan
from auditor.errors import RuleError
from auditor.model import ScanResult
from auditor.report import dumps, to_dict, validate
from auditor.ruleset import builtin_rule_files, load_pack_file, load_rules
from tests.conftest import ROOT, git
from tests.hostile.build import (
    ENDPOINT,
    SCANNED,
    Case,
    build_races,
    build_tree,
    race_hook,
    single_line,
)

AS_OF = dt.date(2026, 11, 28)
RULE = "TEST-JWT-001"


def run_scan(paths: Sequence[Path], pack: Path, **kw: Any) -> ScanResult:
    return scan(ScanRequest(paths=[str(p) for p in paths], as_of=AS_OF, rules=[pack], builtin_rules=False, **kw))


def top_level(result: ScanResult, archives: set[str]) -> dict[str, str]:
    """Skipped entries that count as files seen (path -> reason); archive-member details left out."""
    out = {}
    for s in result.skipped:
        if any(s.path.startswith(a + "!") for a in archives):
            continue
        assert s.path not in out, f"{s.path} is listed as skipped twice"
        out[s.path] = s.reason
    return out


def check_outcomes(result: ScanResult, cases: list[Case]) -> None:
    """Each case ended as expected, members included, and the totals add up exactly."""
    archives = {c.rel for c in cases if c.expect == SCANNED and c.rel.endswith(".zip")}
    skipped = top_level(result, archives)
    details = {s.path: s.reason for s in result.skipped if s.path not in skipped}
    expected_skips = {c.rel: c.expect for c in cases if c.expect != SCANNED}
    assert sorted(skipped) == sorted(expected_skips)
    wrong = {p: r for p, r in skipped.items() if expected_skips[p] not in r}
    assert not wrong, f"unexpected reasons: {wrong}"
    assert result.scanned == sum(c.expect == SCANNED for c in cases)
    assert result.scanned + len(skipped) == len(cases)  # files seen, exactly
    wanted = {m: why for c in cases for m, why in c.members}
    assert sorted(details) == sorted(wanted)
    assert all(wanted[p] in r for p, r in details.items()), details
    found = {(f.path, f.line) for f in result.findings if f.rule_id == RULE}
    missing = [(c.rel, c.finding_line) for c in cases if c.finding_line and (c.rel, c.finding_line) not in found]
    assert not missing


def report_round_trips(result: ScanResult) -> dict[str, Any]:
    report = to_dict(result)
    validate(report)
    text = dumps(report)
    text.encode("utf-8")  # strict: no lone surrogates from odd file names
    again = json.loads(text)
    assert again == json.loads(dumps(again))
    return again


# ---- one folder with every case ------------------------------------------------------------------


def _hooks(monkeypatch: pytest.MonkeyPatch, tree: Path) -> None:
    """Races (files changed after discovery listed them), EACCES on a file and on a folder."""
    real_discover, real_open, real_scandir = api.discover, os.open, os.scandir
    denied_file = str(tree / "perm" / "noaccess.txt")
    denied_dir = str(tree / "perm" / "unreadable-dir")

    def discover(*a: Any, **kw: Any) -> Any:
        roots = real_discover(*a, **kw)
        race_hook(tree)
        return roots

    def fake_open(path: Any, flags: int, *a: Any, **kw: Any) -> int:
        if os.fspath(path) == denied_file:
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *a, **kw)

    def fake_scandir(path: Any = ".") -> Any:
        if os.fspath(path) == denied_dir:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(api, "discover", discover)
    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)


def _perm_cases(tree: Path) -> list[Case]:
    (tree / "perm" / "unreadable-dir").mkdir(parents=True)
    (tree / "perm" / "unreadable-dir" / "inside.txt").write_text(ENDPOINT)
    (tree / "perm" / "noaccess.txt").write_text(ENDPOINT)
    return [Case("perm/noaccess.txt", "cannot read: Permission denied"),
            Case("perm/unreadable-dir/", "cannot read: Permission denied")]


def _padding(tree: Path) -> list[Case]:
    """Enough files and bytes that the engine uses its process pool."""
    for i in range(70):
        (tree / "pad" / f"f{i:02}.txt").parent.mkdir(exist_ok=True)
        (tree / "pad" / f"f{i:02}.txt").write_text("nothing to see\n")
    (tree / "pad" / "big.txt").write_bytes(b"filler line\n" * 400_000)
    return [Case(f"pad/f{i:02}.txt", SCANNED) for i in range(70)] + [Case("pad/big.txt", SCANNED)]


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "process-pool"])
def test_every_hostile_case_scans_to_completion_with_exact_totals(
    tmp_path: Path, test_pack: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    tree = tmp_path / "tree"
    cases = build_tree(tree) + build_races(tree) + _perm_cases(tree) + (_padding(tree) if jobs > 1 else [])
    _hooks(monkeypatch, tree)
    started = time.monotonic()
    result = run_scan([tree], test_pack, jobs=jobs)
    assert time.monotonic() - started < 60
    check_outcomes(result, cases)
    assert [e for e in result.errors if ".gitignore" in e] == [
        f"{tree.as_posix()}: gitignore/.gitignore:{n}: invalid pattern ignored" for n in (2, 3, 4)]
    assert not any(s.path.startswith("gitignore/drop") for s in result.skipped)  # the valid line still applies
    report = report_round_trips(result)
    assert "names/new\nline.txt" in {f["path"] for f in report["findings"]}
    assert "names/bad-%FF-%FE.txt" in {f["path"] for f in report["findings"]}
    assert ("zips/zip-slip.zip!/../../evil.txt", 1) in {(f.path, f.line) for f in result.findings}


def test_cli_writes_valid_utf8_json_for_every_hostile_name(tmp_path: Path, test_pack: Path) -> None:
    tree = tmp_path / "tree"
    cases = build_tree(tree)
    out = tmp_path / "out.json"
    args = [sys.executable, "-m", "auditor", "scan", str(tree), "--rules", str(test_pack), "-q",
            "--as-of", AS_OF.isoformat(), "--jobs", "1"]
    proc = subprocess.run([*args, "-f", "json", "-o", str(out)], capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    saved = json.loads(out.read_bytes().decode("utf-8"))
    assert saved["files"]["scanned"] + len([s for s in saved["files"]["skipped"] if "!" not in s["path"]
                                            or s["path"] == "names/bang!name.txt"]) == len(cases)
    stdout = subprocess.run([*args, "-f", "json"], capture_output=True, cwd=ROOT, timeout=120)
    assert json.loads(stdout.stdout.decode("utf-8")) == saved
    for fmt in ("text", "json"):
        again = subprocess.run([sys.executable, "-m", "auditor", "report", str(out), "-f", fmt],
                               capture_output=True, cwd=ROOT, timeout=60)
        assert again.returncode == 0, again.stderr.decode(errors="replace")
        again.stdout.decode("utf-8")


# ---- git -----------------------------------------------------------------------------------------


def test_broken_git_index_falls_back_to_the_walk_and_says_so(git_repo: Path, test_pack: Path) -> None:
    (git_repo / ".gitignore").write_text("*.log\n")
    (git_repo / "app.py").write_text(ENDPOINT)
    (git_repo / "debug.log").write_text(ENDPOINT)
    git(git_repo, "add", ".")
    git(git_repo, "commit", "-qm", "init")
    (git_repo / ".git" / "index").write_bytes(b"DIRC\x00\x00\x00\x02garbage")
    result = run_scan([git_repo], test_pack)
    assert len(result.errors) == 1 and "git ls-files failed" in result.errors[0]
    assert "walking the folder" in result.errors[0]
    check_outcomes(result, [Case(".gitignore", SCANNED), Case("app.py", SCANNED, finding_line=1)])
    report_round_trips(result)


def test_git_repo_with_hostile_names(git_repo: Path, test_pack: Path) -> None:
    names = ["with space.txt", "new\nline.txt", os.fsdecode(b"bad-\xff.txt"), "ünï.txt", "tab\there.txt"]
    for name in names:
        (git_repo / name).write_text(ENDPOINT)
    git(git_repo, "add", "with space.txt")
    os.mkfifo(git_repo / "pipe")  # git does not list FIFOs: not a file seen in a work tree
    result = run_scan([git_repo], test_pack)
    shown = ["with space.txt", "new\nline.txt", "bad-%FF.txt", "ünï.txt", "tab\there.txt"]
    check_outcomes(result, [Case(n, SCANNED, finding_line=1) for n in shown])
    report_round_trips(result)


# ---- special files named on the command line -----------------------------------------------------


def test_fifo_and_device_named_as_roots_are_skipped_not_read(tmp_path: Path, test_pack: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    os.symlink("/dev/zero", tmp_path / "zero")
    result = run_scan([tmp_path / "pipe", tmp_path / "zero", Path("/dev/null")], test_pack)
    reasons = {(s.repo, s.reason) for s in result.skipped}
    assert reasons == {
        (str(tmp_path / "pipe"), "not a regular file (FIFO)"),
        (str(tmp_path / "zero"), "symbolic link pointing outside the scanned root, not followed"),
        ("/dev/null", "not a regular file (character device)"),
    }
    assert result.scanned == 0


# ---- size and memory -----------------------------------------------------------------------------

_PEAK = """
import resource, sys
from auditor.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "CODE", code, file=sys.stderr)
"""


def _peak(args: list[str], cwd: Path) -> tuple[int, int, str]:
    proc = subprocess.run([sys.executable, "-c", _PEAK, *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    tail = proc.stderr.strip().splitlines()[-1].split()
    return int(tail[1]), int(tail[3]), proc.stdout


SIZE = 100 << 20


@pytest.mark.slow
def test_100mb_single_line_is_matched_with_bounded_memory(tmp_path: Path, test_pack: Path) -> None:
    """Default limit: skipped on size. Raised to 200M: matched, peak RSS < baseline + 3 x file size."""
    tree = tmp_path / "tree"
    tree.mkdir()
    needle = b'fetch("https://ims-na1.adobelogin.com/ims/exchange/jwt")'
    single_line(tree / "app.min.js", SIZE, needle)
    (tmp_path / "empty").mkdir()
    common = ["scan", "--rules", str(test_pack), "--pack", "test-pack", "-f", "json", "-q", "--jobs", "1",
              "--as-of", AS_OF.isoformat()]
    base, code, _ = _peak([*common, str(tmp_path / "empty")], tmp_path)
    assert code == 0
    _, code, out = _peak([*common, str(tree)], tmp_path)
    assert json.loads(out)["files"]["skipped"][0]["reason"].startswith("larger than the size limit")
    started = time.monotonic()
    peak, code, out = _peak([*common, "--max-file-size", "200M", str(tree)], tmp_path)
    elapsed = time.monotonic() - started
    report = json.loads(out)
    skipped = report["files"]["skipped"]
    if skipped:  # a slow machine: the per-file budget ended it, with its reason
        assert skipped[0]["reason"].startswith("timed out after")
    else:
        hits = [(f["line"], f["column"]) for f in report["findings"] if f["rule_id"] == RULE]
        assert hits == [(1, (SIZE - len(needle)) // 2 + len('fetch("https://ims-na1.adobelogin.com') + 1)]
    extra = peak - base
    print(f"\n100 MB single line: {elapsed:.1f} s, peak RSS {peak / 2**20:.0f} MiB "
          f"(baseline {base / 2**20:.0f} MiB, +{extra / SIZE:.2f} x file size)")
    assert extra < 3 * SIZE


# ---- rules cannot hang the scan ------------------------------------------------------------------

PACK_HEAD = """\
pack:
  name: guard-pack
  version: "1.0"
  title: Guard
  description: Regex guard tests.
  timeline: [{id: cutoff, date: "2025-01-01", title: Cutoff, primary: true}]
  remediation: {summary: Fix it.}
rules:
  - id: GUARD-001
    name: guarded
    title: Guarded
    description: A rule with a user regex.
    kind: deprecated-jwt
    confidence: high
    severity: high
    match:
      keywords: [aaaa]
"""

DANGEROUS = [r"(a+)+$", r"(a*)*b", r"(a|aa)+$", r"(.*a){10}", r"^(\w+\s?)+$", r"(?:x|a+)+y", r"(a|a)*c",
             r"([\w.]+\.)+@", r"(?i)(?:[a-z]+[A-Z])+!", r"((ab)*)+c", r"(\d{1,3})+x", r"(?:\s*\S+)*$"]
SAFE = [r"(?:[a-z]+\.)+com", r"(?:\d{1,3}\.){3}\d{1,3}", r"ent_[a-z]+(?:_[a-z]+)*_sdk", r"a*a*a*b",
        r"(?>a+)+b", r"(?:a++)+b", r"(?:-?\d)+", r"(?:\w+\s)+x", r"(?:foo|foobar)+", r"(?:\\n|[A-Za-z0-9+/=])+",
        r"(?i)(?:[a-z0-9]+_)*meta_?scopes?"]


def _pack(tmp_path: Path, regex: str, where: str = "regex") -> Path:
    path = tmp_path / "guard.yaml"
    body = f"      regex: '{regex}'\n" if where == "regex" else (
        f"      context: [{{regex: '{regex}', within: 2}}]\n")
    path.write_text(PACK_HEAD + body, encoding="utf-8")
    return path


@pytest.mark.parametrize("regex", DANGEROUS)
def test_catastrophic_regex_is_rejected_at_load_naming_file_line_and_rule(tmp_path: Path, regex: str) -> None:
    path = _pack(tmp_path, regex)
    with pytest.raises(RuleError) as err:
        load_pack_file(path)
    assert err.value.message.startswith(f"{path}:18: GUARD-001.match.regex: regex can backtrack catastrophically")


def test_context_regexes_are_checked_too(tmp_path: Path) -> None:
    path = _pack(tmp_path, r"(a+)+$", where="context")
    with pytest.raises(RuleError, match=r"GUARD-001\.match\.context\[0\]\.regex: regex can backtrack"):
        load_pack_file(path)


@pytest.mark.parametrize("regex", SAFE)
def test_safe_lookalikes_load(tmp_path: Path, regex: str) -> None:
    load_pack_file(_pack(tmp_path, regex))


def test_builtin_packs_pass_the_guard() -> None:
    rs = load_rules(builtin=True)
    assert builtin_rule_files() and rs.rules
    regexes = [r.match.regex for r in rs.rules] + [c.regex for r in rs.rules for c in r.match.context + r.match.unless]
    regexes += [rx for p in rs.packs for rx in p.id_patterns]
    assert [rx.pattern for rx in regexes if regexguard.problem(rx.pattern, rx.flags)] == []


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "process-pool"])
def test_a_slow_regex_that_passes_the_check_times_out_per_file(tmp_path: Path, jobs: int) -> None:
    slow = r"a*a*a*a*a*a*b"  # polynomial: no nested quantifier, so the static check lets it through
    assert regexguard.problem(slow) == ""
    pack = _pack(tmp_path, slow)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "slow.txt").write_text("aaaa" * 1000 + "\n")
    for i in range(70 if jobs > 1 else 1):
        (tree / f"ok{i}.txt").write_text("aaaa then b\n" + "x" * 70_000)
    started = time.monotonic()
    result = scan(ScanRequest(paths=[str(tree)], as_of=AS_OF, rules=[pack], builtin_rules=False,
                              file_budget=1.0, jobs=jobs))
    assert time.monotonic() - started < 20
    assert [(s.path, s.reason) for s in result.skipped] == [("slow.txt", "timed out after 1 s")]
    assert result.scanned == (70 if jobs > 1 else 1)
    assert {f.path for f in result.findings} == {p.name for p in tree.glob("ok*.txt")}


def test_deadline_restores_the_signal_state() -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(regexguard.RegexTimeout), regexguard.deadline(0.05) as armed:
        assert armed
        time.sleep(1)
    assert signal.getsignal(signal.SIGALRM) is before and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with regexguard.deadline(5) as armed:
        pass
    assert armed and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_deadline_outside_the_main_thread_falls_back_to_the_clock() -> None:
    seen: list[bool] = []

    def work() -> None:
        with regexguard.deadline(0.01) as armed:
            seen.append(armed)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen == [False]


# ---- hostile rule files --------------------------------------------------------------------------


def _lol(levels: int) -> str:
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * 9) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("text", "message"), [
    (_lol(9), "YAML expands to more than"),
    (_lol(9) + PACK_HEAD.replace("keywords: [aaaa]", "keywords: *a8") + "      regex: 'x'\n",
     "YAML expands to more than"),
    ("[" * 20_000 + "]" * 20_000, "nested too deeply"),
    ("a: " + "{b: " * 20_000 + "1" + "}" * 20_000, "nested too deeply"),
    ("pack: &p {x: *p}\n", "'rules' is a required property"),
], ids=["billion-laughs", "laughs-inside-a-pack", "deep-flow-list", "deep-flow-map", "recursive-alias"])
def test_hostile_rule_files_are_rule_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(text)
    started = time.monotonic()
    with pytest.raises(RuleError, match=message):
        load_pack_file(path)
    assert time.monotonic() - started < 10

