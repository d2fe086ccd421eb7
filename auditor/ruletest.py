"""`jwt-audit rules test`: run rules on fixture files and compare with their inline `expect:`/`ok:` notes."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from auditor.engine import Matcher, resolve_repo_contexts
from auditor.errors import UsageError
from auditor.ruleset import RuleSet

_NOTE = re.compile(r"\b(expect|ruleid|ok):\s*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:\s*,\s*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)*)")
SIDECAR = ".expected"
Key = tuple[str, int, str]  # (member or "", line, rule id)


@dataclass(frozen=True)
class FixtureResult:
    path: str
    missing: tuple[Key, ...]      # expected, not reported
    unexpected: tuple[Key, ...]   # reported, not expected
    forbidden: tuple[Key, ...]    # reported where an `ok:` note says it must not be
    checked: int

    @property
    def ok(self) -> bool:
        return not (self.missing or self.unexpected or self.forbidden)


def fixture_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """(file, path relative to the fixture folder) for every fixture, sidecars excluded."""
    out: list[tuple[Path, str]] = []
    for p in paths:
        if p.is_file():
            out.append((p, p.name))
        elif p.is_dir():
            out.extend((f, f.relative_to(p).as_posix()) for f in sorted(p.rglob("*"))
                       if f.is_file() and not f.name.endswith(SIDECAR))
        else:
            raise UsageError(f"{p}: no such fixture file or folder")
    return out


def read_annotations(path: Path) -> tuple[set[Key], set[Key]]:
    """(expected, forbidden) from inline notes, or from the `<file>.expected` sidecar when there is one."""
    sidecar = path.with_name(path.name + SIDECAR)
    if sidecar.is_file():
        return _sidecar(sidecar)
    expect: set[Key] = set()
    ok: set[Key] = set()
    text = path.read_bytes().decode("utf-8", errors="replace")
    for lineno, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        for m in _NOTE.finditer(line):
            target = ok if m.group(1) == "ok" else expect
            target.update(("", lineno, rid.strip()) for rid in m.group(2).split(","))
    return expect, ok


def _sidecar(path: Path) -> tuple[set[Key], set[Key]]:
    expect: set[Key] = set()
    ok: set[Key] = set()
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 3 or parts[1] not in ("expect", "ok"):
            raise UsageError(f"{path}:{n}: expected '<line> expect|ok RULE-ID', got {raw!r}")
        member, _, num = parts[0].rpartition(":")
        if not num.isdigit():
            raise UsageError(f"{path}:{n}: line number must be an integer, got {parts[0]!r}")
        (expect if parts[1] == "expect" else ok).add((member, int(num), parts[2]))
    return expect, ok


def _pack_of(arg: Path, rs: RuleSet) -> str | None:
    """A fixture folder named after a loaded pack (e.g. tests/fixtures/rules/zoom-jwt-app) tests that pack."""
    names = {p.name for p in rs.packs}
    return next((part for part in reversed(arg.resolve().parts) if part in names), None)


def run_fixtures(paths: list[Path], rs: RuleSet, as_of: dt.date) -> list[FixtureResult]:
    """Fixtures in a folder named after a pack run that pack's rules only; others run every loaded rule."""
    results = []
    for arg in paths:
        pack = _pack_of(arg, rs)
        rules = tuple(r for r in rs.rules if pack is None or r.pack == pack)
        matcher = Matcher(rules, {p.name: p for p in rs.packs}, as_of, max_size=64 << 20, include_docs=True)
        results.extend(_run(matcher, [arg]))
    return results


def _run(matcher: Matcher, paths: list[Path]) -> list[FixtureResult]:
    """Each fixture file is its own repository for `within: repo` contexts, except in a folder named `*-repo`:
    its files are one repository, so a rule whose context lives in another file is tested side by side."""
    scanned = [(path, matcher.scan_bytes(".", rel, path.read_bytes())) for path, rel in fixture_files(paths)]
    signals: dict[Path, set[int]] = {}
    for path, outcome in scanned:
        signals.setdefault(_repo_of(path), set()).update(outcome.signals)
    results = []
    for path, outcome in scanned:
        expect, ok = read_annotations(path)
        findings = resolve_repo_contexts(outcome.findings, {".": signals[_repo_of(path)]})
        actual = {(f.path.split("!/", 1)[1] if "!/" in f.path else "", f.line, f.rule_id) for f in findings}
        results.append(FixtureResult(
            path=str(path), missing=tuple(sorted(expect - actual)), unexpected=tuple(sorted(actual - expect - ok)),
            forbidden=tuple(sorted(actual & ok)), checked=len(expect) + len(ok),
        ))
    return results


def _repo_of(path: Path) -> Path:
    return next((p for p in path.parents if p.name.endswith("-repo")), path)


def _key(k: Key) -> str:
    return f"{k[0] + ':' if k[0] else ''}line {k[1]}"


def render_results(results: list[FixtureResult]) -> tuple[str, bool]:
    """A per-file diff of expected versus actual, and whether anything failed."""
    lines = []
    for r in results:
        if r.ok:
            lines.append(f"PASS {r.path} ({r.checked} annotations)")
            continue
        lines.append(f"FAIL {r.path}")
        lines += [f"  - {_key(k)}: expected {k[2]}, not reported" for k in r.missing]
        lines += [f"  + {_key(k)}: {k[2]} reported, not expected" for k in r.unexpected]
        lines += [f"  ! {_key(k)}: {k[2]} reported, but marked ok (must not match)" for k in r.forbidden]
    failed = [r for r in results if not r.ok]
    lines.append(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return "\n".join(lines), bool(failed)
