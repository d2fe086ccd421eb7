"""Check tests/corpus/labels.yaml against the corpus files and print every labelled line.

    python tests/corpus/_check_labels.py            # print labelled lines, exit 1 on any problem
    python tests/corpus/_check_labels.py --quiet    # only problems and the summary

Checks: every repo folder has an entry and vice versa, statuses and kinds are known, each label
points at an existing non-blank line, no duplicate (file, line, kind).
"""

from __future__ import annotations

import sys
import zipfile
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"deprecated-jwt", "jwt-config", "jwt-dependency", "key-material", "oauth-s2s", "exempt"}
STATUSES = {"not-started", "in-progress", "migrated", "clean"}
WIDTH = 150


def decode(data: bytes) -> str:
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    return data.decode("utf-8")


def read_lines(repo: Path, rel: str) -> list[str]:
    if "!" in rel:
        archive, member = rel.split("!", 1)
        with zipfile.ZipFile(repo / archive) as zf:
            data = zf.read(member)
    else:
        data = (repo / rel).read_bytes()
    return decode(data).replace("\r\n", "\n").split("\n")


def show(line: str) -> str:
    line = line.strip()
    if len(line) <= WIDTH:
        return line
    for needle in ("adobelogin", "/ims/", "jwt", "ent_"):
        i = line.find(needle)
        if i >= 0:
            start = max(0, i - WIDTH // 2)
            return f"[{len(line)} chars] ...{line[start:start + WIDTH]}..."
    return f"[{len(line)} chars] {line[:WIDTH]}..."


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    doc = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    problems: list[str] = []
    if doc.get("version") != 1:
        problems.append("labels.yaml: version must be 1")
    repos = doc.get("repos") or {}
    dirs = {p.name for p in HERE.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))}
    for missing in sorted(dirs - set(repos)):
        problems.append(f"{missing}: folder has no entry in labels.yaml")
    for extra in sorted(set(repos) - dirs):
        problems.append(f"{extra}: entry has no folder")
    kinds: Counter[str] = Counter()
    for name, entry in repos.items():
        if entry.get("status") not in STATUSES:
            problems.append(f"{name}: unknown status {entry.get('status')!r}")
        seen = set()
        for lab in entry.get("labels") or []:
            key = (lab["file"], lab["line"], lab["kind"])
            where = f"{name}/{lab['file']}:{lab['line']}"
            if key in seen:
                problems.append(f"{where}: duplicate label {lab['kind']}")
            seen.add(key)
            if lab["kind"] not in KINDS:
                problems.append(f"{where}: unknown kind {lab['kind']!r}")
            try:
                lines = read_lines(HERE / name, lab["file"])
            except (OSError, KeyError) as exc:
                problems.append(f"{where}: cannot read ({exc})")
                continue
            if not 1 <= lab["line"] <= len(lines) or not lines[lab["line"] - 1].strip():
                problems.append(f"{where}: line out of range or blank")
                continue
            kinds[lab["kind"]] += 1
            if not quiet:
                print(f"{where:70} {lab['kind']:15} {show(lines[lab['line'] - 1])}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print(f"{len(repos)} repos, {sum(kinds.values())} labels: {dict(sorted(kinds.items()))}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
