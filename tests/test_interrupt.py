"""Ctrl-C: a scan interrupted mid-way exits 130, prints one line, and leaves no output file behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor import cli
from tests.conftest import ROOT

# Runs the real CLI, saying on stderr when the first file starts, so the test interrupts a scan in
# progress (not start-up). Worker processes inherit the hook through fork.
LAUNCH = """
import sys
from auditor import engine
from auditor.cli import main
real = engine.Matcher.scan_one
def announce(self, *args):
    print("SCANNING", file=sys.stderr, flush=True)
    return real(self, *args)
engine.Matcher.scan_one = announce
main(sys.argv[1:])
"""

SLOW_PACK = """\
pack:
  name: slow-pack
  version: "1.0"
  title: Slow
  description: A rule that is slow on long runs of a.
  timeline: [{id: cutoff, date: "2025-01-01", title: Cutoff, primary: true}]
  remediation: {summary: Fix it.}
rules:
  - id: SLOW-001
    name: slow-polynomial
    title: Slow
    description: Polynomial backtracking, allowed by the static check; keeps the scan busy.
    kind: deprecated-jwt
    confidence: high
    severity: high
    match:
      keywords: [aaaa]
      regex: 'a*a*a*a*a*a*a*b'
"""


def big_tree(root: Path, files: int) -> None:
    root.mkdir()
    for i in range(files):
        (root / f"f{i:03}.txt").write_text("a" * 4000 + "\n")
    (root / "filler.txt").write_bytes(b"x" * (5 << 20))  # enough bytes for the process pool


@pytest.mark.parametrize(("jobs", "group"), [(1, False), (1, True), (2, True)],
                         ids=["one-process-sigint", "one-process-ctrl-c", "pool-ctrl-c"])
def test_interrupted_scan_exits_130_and_leaves_no_output(tmp_path: Path, jobs: int, group: bool) -> None:
    tree = tmp_path / "tree"
    big_tree(tree, 80)
    pack = tmp_path / "slow.yaml"
    pack.write_text(SLOW_PACK)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "out.json"
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, "scan", str(tree), "--rules", str(pack), "-f", "json", "-o", str(out),
         "--jobs", str(jobs), "-q"],
        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stderr is not None
        assert proc.stderr.readline().strip() == "SCANNING"
        time.sleep(0.5)
        if group:  # what a terminal does on Ctrl-C: every process of the foreground group
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130
    lines = [ln for ln in err.splitlines() if ln.strip() not in ("SCANNING", "")]  # click ends the ^C line
    assert lines == ["error: interrupted"]
    assert list(out_dir.iterdir()) == []  # no report, no temp file
    _no_processes_left(proc.pid)


def _no_processes_left(pgid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.killpg(pgid, signal.SIGKILL)
    raise AssertionError("worker processes outlived the interrupted scan")


def test_interrupt_while_writing_keeps_the_old_file_and_no_temp(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous report\n")
    real_fdopen = os.fdopen

    class Interrupting:
        def __init__(self, fh: object) -> None:
            self.fh = fh

        def __enter__(self) -> Interrupting:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()  # type: ignore[attr-defined]

        def write(self, text: str) -> None:
            self.fh.write(text[: len(text) // 2])  # type: ignore[attr-defined]
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "fdopen", lambda *a, **kw: Interrupting(real_fdopen(*a, **kw)))
    with pytest.raises(KeyboardInterrupt):
        cli.write_output('{"a": 1}\n' * 1000, str(target))
    assert target.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
