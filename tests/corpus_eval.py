"""Precision and recall of the built-in rules on a labeled corpus (default tests/corpus/labels.yaml).

Run as a script for the table: `python -m tests.corpus_eval [CORPUS_DIR]`.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from auditor.api import ScanRequest, scan
from auditor.model import ScanResult

CORPUS = Path(__file__).resolve().parent / "corpus"
AS_OF = dt.date(2026, 11, 28)
Key = tuple[str, str, int, str]  # (repo, file, line, kind)


@dataclass(frozen=True)
class Score:
    category: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def labels(corpus: Path = CORPUS) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8"))
    return data["repos"]


def run_corpus(corpus: Path = CORPUS) -> tuple[ScanResult, dict[str, Any]]:
    repos = labels(corpus)
    paths = [str(corpus / name) for name in sorted(repos)]
    return scan(ScanRequest(paths=paths, as_of=AS_OF, jobs=1)), repos


def _repo(result_repo: str) -> str:
    return Path(result_repo).name


def truth_and_found(result: ScanResult, repos: dict[str, Any]) -> tuple[set[Key], set[Key]]:
    truth = {(name, lab["file"], int(lab["line"]), lab["kind"]) for name, r in repos.items()
             for lab in r.get("labels") or ()}
    found = {(_repo(f.repo), f.path, f.line, f.kind) for f in result.findings if not f.suppressed}
    return truth, found


def scores(truth: set[Key], found: set[Key]) -> list[Score]:
    cats = sorted({k[3] for k in truth | found})
    out = []
    for cat in cats:
        t = {k for k in truth if k[3] == cat}
        f = {k for k in found if k[3] == cat}
        out.append(Score(cat, len(t & f), len(f - t), len(t - f)))
    allt, allf = truth, found
    out.append(Score("all", len(allt & allf), len(allf - allt), len(allt - allf)))
    return out


def status_mismatches(result: ScanResult, repos: dict[str, Any]) -> list[str]:
    """Repos and integrations whose computed status differs from the labeled one."""
    problems = []
    got = {_repo(r.root): r.status for r in result.repos}
    for name, r in sorted(repos.items()):
        if got.get(name) != r["status"]:
            problems.append(f"repo {name}: expected {r['status']}, got {got.get(name)}")
        ints = {(i.id.split("#client:")[-1], i.status) for i in result.integrations if _repo(i.repo) == name}
        for want in r.get("integrations") or ():
            match = [s for cid, s in ints if cid == want["client_id"]]
            if match != [want["status"]]:
                problems.append(f"repo {name}: integration {want['client_id'][:8]}: expected {want['status']}, "
                                f"got {match or 'none'}")
    return problems


def table(result: ScanResult, repos: dict[str, Any]) -> str:
    truth, found = truth_and_found(result, repos)
    rows = [f"{'category':<16} {'labels':>6} {'found':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"]
    for s in scores(truth, found):
        rows.append(f"{s.category:<16} {s.tp + s.fn:>6} {s.tp + s.fp:>6} {s.tp:>4} {s.fp:>4} {s.fn:>4} "
                    f"{s.precision:>9.3f} {s.recall:>7.3f}")
    return "\n".join(rows)


def main() -> None:
    import sys

    result, repos = run_corpus(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    truth, found = truth_and_found(result, repos)
    print(table(result, repos))
    by: dict[str, list[str]] = defaultdict(list)
    for k in sorted(found - truth):
        by["false positives"].append(f"  {k[0]}/{k[1]}:{k[2]} {k[3]}")
    for k in sorted(truth - found):
        by["missed"].append(f"  {k[0]}/{k[1]}:{k[2]} {k[3]}")
    for title, items in by.items():
        print(f"\n{title} ({len(items)}):\n" + "\n".join(items))
    problems = status_mismatches(result, repos)
    print("\nstatus mismatches:" if problems else "\nstatuses: all as labeled", *problems, sep="\n")


if __name__ == "__main__":
    main()
