"""Small helpers the CI reporters share: where a finding is in the workspace, its deadline, severity order."""
from __future__ import annotations

import re
from typing import Any

SEVERITIES = ("info", "low", "medium", "high", "critical")  # lowest first
RANK = {name: i for i, name in enumerate(SEVERITIES)}
# C0 controls but tab, LF and CR; DEL and C1 controls; surrogates; U+FFFE and U+FFFF (not allowed in XML 1.0).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

Json = dict[str, Any]


def strip_control(text: Any) -> str:
    """`text` as a string without control characters (tab and newlines kept)."""
    return _CONTROL.sub("", str(text))


def workspace_path(repo: str, path: str) -> str:
    """The path from the folder the scan ran in: `path` for repo `.`, else `repo/path`."""
    return path if repo in (".", "") else f"{repo.rstrip('/')}/{path}"


def split_archive(path: str) -> tuple[str, str]:
    """`a.zip!/dir/x.key` -> (`a.zip`, `dir/x.key`); a plain path -> (path, '')."""
    outer, _, member = path.partition("!/")
    return outer, member


def deadline_note(f: Json) -> str:
    """` [title: date, N days ago]` for a JWT-side finding whose severity a milestone set, else ''."""
    m = f.get("milestone")
    if not m or f["kind"] == "oauth-s2s":
        return ""
    when = f"{m['days']} days ago" if m["days"] >= 0 else f"in {-m['days']} days"
    return f" [{m['title']}: {m['date']}, {when}]"


def located_message(f: Json) -> str:
    """The finding's message, naming the archive member when the finding is inside one."""
    member = split_archive(f["path"])[1]
    return f["message"] + (f" (in archive member {member}, line {f['line']})" if member else "")


def full_message(f: Json) -> str:
    """The finding's message, with its archive member and the deadline that set its severity."""
    return located_message(f) + deadline_note(f)


def by_severity(findings: list[Json]) -> list[Json]:
    """Most severe first; ties in (repo, path, line, column, rule) order."""
    return sorted(findings, key=lambda f: (-RANK[f["severity"]], f["repo"], f["path"], f["line"], f["column"],
                                           f["rule_id"]))


def suppression_reason(f: Json) -> str:
    info = f.get("suppression") or {}
    return str(info.get("reason") or info.get("justification") or info.get("kind") or "suppressed")
