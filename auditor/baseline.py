"""Accepted findings: a versioned baseline file, structural fingerprints, and comparing a scan against it.

A baseline key is (rule, path, location, value hash). The location is structural: the key path of the
matched line in YAML, JSON, TOML, INI, .properties and .env files (`key:a.b.c`), and in code the hash
of the whitespace-free line with its string literals blanked (`code:...`). The value hash covers the
whitespace-free value (configs) or line (code). So a key survives lines moving and re-indentation,
yet a changed value on an accepted line is a new finding. Nothing in the file is a line number or a
secret in clear, so it does not churn when unrelated lines change.
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor import __version__
from auditor.errors import ConfigError
from auditor.model import Finding
from auditor.ruleset import load_schema

VERSION = 1
Key = tuple[str, str, str, str]  # rule, path, location, value hash
JSON_EXT = frozenset({".json", ".jsonc", ".json5"})
YAML_EXT = frozenset({".yaml", ".yml"})
FLAT_EXT = frozenset({".toml", ".ini", ".cfg", ".conf", ".properties", ".env", ".tfvars"})
_FLAT_KEY = re.compile(r"\s*(?:export\s+)?([\"']?)([\w.\-/]+)\1\s*[=:]")
_YAML_KEY = re.compile(r"([\"']?)([^\"'#\s:][^#:]*?|[^\"']*)\1\s*:(?:\s|$)")
_CONFIG_VALUE = re.compile(r"^\s*(?:-\s+)*(?:export\s+)?[\"']?[^\"'=:\s]+[\"']?\s*[:=]")


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# ---- structure: the key path of each line -----------------------------------------------------------


def key_paths(text: str, path: str) -> dict[int, str] | None:
    """Line number -> key path for structured config files; None for code and unknown formats."""
    base = posixpath.basename(path.rsplit("!/", 1)[-1]).lower()
    ext = posixpath.splitext(base)[1]
    lines = text.split("\n")
    if ext in JSON_EXT:
        return _json_paths(lines)
    if ext in YAML_EXT:
        return _yaml_paths(lines)
    if ext in FLAT_EXT or base.startswith(".env"):
        return _flat_paths(lines)
    return None


def _yaml_paths(lines: list[str]) -> dict[int, str]:
    stack: list[tuple[int, str]] = []
    out: dict[int, str] = {}
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped in ("---", "..."):
            continue
        pos = len(line) - len(line.lstrip(" "))
        while line[pos:].startswith("- ") or line[pos:].rstrip() == "-":
            _pop(stack, pos)
            stack.append((pos, "[]"))
            pos += 1 + len(line[pos + 1:]) - len(line[pos + 1:].lstrip(" "))
        m = _YAML_KEY.match(line, pos)
        _pop(stack, pos)
        if m is not None and m.group(2).strip():
            stack.append((pos, m.group(2).strip()))
        out[n] = ".".join(seg for _, seg in stack)
    return out


def _pop(stack: list[tuple[int, str]], pos: int) -> None:
    while stack and stack[-1][0] >= pos:
        stack.pop()


def _json_paths(lines: list[str]) -> dict[int, str]:
    stack: list[str] = []
    key: str | None = None
    out: dict[int, str] = {}
    for n, line in enumerate(lines, 1):
        first: str | None = None
        i = 0
        while i < len(line):
            ch = line[i]
            if ch == '"':
                end = _string_end(line, i)
                rest = line[end + 1:].lstrip()
                if rest.startswith(":"):
                    key = line[i + 1:end]
                    first = first if first is not None else ".".join([*filter(None, stack), key])
                i = end + 1
                continue
            if ch in "{[":
                stack.append(key if key is not None else ("[]" if stack else ""))
                key = None
            elif ch in "}]" and stack:
                stack.pop()
                key = None
            i += 1
        out[n] = first if first is not None else ".".join(filter(None, stack))
    return out


def _string_end(line: str, start: int) -> int:
    i = start + 1
    while i < len(line):
        if line[i] == "\\":
            i += 2
            continue
        if line[i] == '"':
            return i
        i += 1
    return len(line)


def _flat_paths(lines: list[str]) -> dict[int, str]:
    section = ""
    out: dict[int, str] = {}
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("[") and s.endswith("]"):
            section = s.strip("[]").strip()
            out[n] = section
            continue
        m = _FLAT_KEY.match(line)
        out[n] = ".".join(filter(None, [section, m.group(2) if m else ""]))
    return out


# ---- keys ---------------------------------------------------------------------------------------------


def finding_key(f: Finding, lines: Sequence[str] | None, paths: dict[int, str] | None, where: str = "") -> Key:
    """The structural baseline key of a finding, given its file's lines and key paths (when known).

    `where` replaces the finding's path (a file given as its own root is keyed by its path as given)."""
    path = where or f.path
    if lines is None or not 1 <= f.line <= len(lines):
        return (f.rule_id, path, "fp:" + f.fingerprint.split(":")[0], "")
    raw = lines[f.line - 1]
    kp = paths.get(f.line) if paths is not None else None
    if kp:
        value = _CONFIG_VALUE.sub("", raw, count=1)
        return (f.rule_id, path, "key:" + kp, _h(re.sub(r"\s+", "", value)))
    norm = re.sub(r"\s+", "", raw)
    shape = re.sub(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'", '""', norm)
    return (f.rule_id, path, "code:" + _h(shape)[:32], _h(norm))


def keys_for(findings: Iterable[Finding], text: str | None, where: str = "") -> dict[str, Key]:
    """fingerprint -> key for the findings of one file whose text is `text` (None: not readable)."""
    fs = list(findings)
    if not fs:
        return {}
    lines = text.split("\n") if text is not None else None
    paths = key_paths(text, fs[0].path) if text is not None else None
    return {f.fingerprint: finding_key(f, lines, paths, where) for f in fs}


# ---- the file -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    path: str
    counts: Counter[Key]
    as_of: str | None = None


def entries(keys: Iterable[Key]) -> list[dict[str, Any]]:
    """Deterministic entries: one per distinct key, with how many identical findings it accepts."""
    counted = Counter(keys)
    return [{"rule": k[0], "path": k[1], "location": k[2], "value": k[3], "count": counted[k]}
            for k in sorted(counted, key=lambda k: (k[1], k[0], k[2], k[3]))]


def dumps(keys: Iterable[Key], as_of: str) -> str:
    data = {"version": VERSION, "tool": {"name": "jwt-audit", "version": __version__},
            "created_as_of": as_of, "entries": entries(keys)}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# Upgrades from version N to N+1, applied in order (the detect-secrets way); none needed yet.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version")
    if not isinstance(version, int):
        raise ValueError("no integer `version`")
    if version > VERSION:
        raise ValueError(f"version {version} was written by a newer jwt-audit (this one reads up to {VERSION})")
    while version < VERSION:
        if version not in UPGRADES:
            raise ValueError(f"version {version} is too old to upgrade")
        data = UPGRADES[version](data)
        version = data["version"]
    return data


def load(path: str | Path) -> Baseline:
    """Read, upgrade and validate a baseline file; a ConfigError (exit 2) names the problem."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"--baseline {path}: cannot read: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"--baseline {path}: not JSON: {exc}") from None
    try:
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        data = upgrade(data)
    except ValueError as exc:
        raise ConfigError(f"--baseline {path}: {exc}") from None
    import jsonschema  # imported only to validate: slow to import

    err = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(load_schema("baseline.schema.json")).iter_errors(data))
    if err is not None:
        where = "/".join(map(str, err.absolute_path)) or "(top level)"
        raise ConfigError(f"--baseline {path}: {where}: {err.message}")
    counts: Counter[Key] = Counter()
    for e in data["entries"]:
        counts[(e["rule"], e["path"], e["location"], e["value"])] += e.get("count", 1)
    return Baseline(str(path), counts, data.get("created_as_of"))


def compare(findings: Sequence[Finding], keys: dict[str, Key], base: Baseline) -> tuple[set[str], list[dict[str, Any]]]:
    """Fingerprints of findings the baseline accepts, and its stale entries (accepting nothing now).

    Identical keys are matched by count in report order, so adding one more identical line is new."""
    left = Counter(base.counts)
    matched = set()
    for f in findings:
        k = keys.get(f.fingerprint)
        if k is not None and left[k] > 0:
            left[k] -= 1
            matched.add(f.fingerprint)
    stale = [e | {"count": left[(e["rule"], e["path"], e["location"], e["value"])]}
             for e in entries(k for k, n in left.items() if n > 0)]
    return matched, stale
