"""Configuration: `.jwt-audit.yml` or `[tool.jwt-audit]` in pyproject.toml, and the org `--policy FILE`.

Precedence, lowest first: defaults, the repository config, the policy's settings, command-line options;
then the policy's constraints (min_fail_on, forbid_*, require_reason) are enforced on the result, so
neither the scanned repository nor its CI invocation can weaken the gate an organisation sets. Every
setting the policy overrode is listed in the report (`report["policy"]["overrides"]`).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml


from auditor.errors import ConfigError
from auditor.ruleset import _key_line, _line_of, _message, load_schema

CONFIG_NAMES = (".jwt-audit.yml", ".jwt-audit.yaml")
DATE_KEYS = ("as_of", "cutoff", "after", "until")


@functools.lru_cache(maxsize=1)
def _loader() -> Any:
    """A SafeLoader with YAML 1.2-like scalars: only true/false are booleans (`off` is a gate outcome), dates
    stay text. Built on first use: most scans have no config file and never import PyYAML for one."""
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers
                if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for first in "tTfF":
        _Loader.yaml_implicit_resolvers.setdefault(first, []).append(
            ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))
    return _Loader


POLICY_ONLY = ("forbid_inline_ignores", "min_fail_on", "forbid_disable", "forbid_exclude", "forbid_baseline")
STRICTNESS = ["info", "low", "medium", "high", "critical", "never"]  # lower index = stricter gate


@dataclass(frozen=True)
class Source:
    """One loaded config file: its validated data, where it came from, its folder (for relative paths)."""

    data: dict[str, Any]
    path: str
    folder: Path


@dataclass
class Effective:
    """The merged settings a scan runs with, and what the policy changed."""

    values: dict[str, Any] = field(default_factory=dict)
    config: str | None = None
    policy: dict[str, Any] | None = None

    def get(self, key: str, default: Any = None) -> Any:
        value = self.values.get(key)
        return default if value is None else value


def find_config(first_path: str) -> Path | None:
    """`.jwt-audit.yml` (or pyproject.toml with [tool.jwt-audit]) in the first PATH, or the current folder."""
    folder = Path(first_path) if Path(first_path).is_dir() else Path(".")
    for name in CONFIG_NAMES:
        if (folder / name).is_file():
            return folder / name
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and _pyproject_table(pyproject) is not None:
        return pyproject
    return None


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    if sys.version_info >= (3, 11):  # imported here: most scans have no pyproject.toml to read
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read TOML: {exc}") from None
    table = data.get("tool", {}).get("jwt-audit")
    return table if isinstance(table, dict) else None


def load(path: str | Path, policy: bool = False) -> Source:
    """Read and validate one config or policy file; errors name the file, line and key."""
    p = Path(path)
    if p.name == "pyproject.toml":
        data, node, where = _pyproject_table(p) or {}, None, f"{p} [tool.jwt-audit]"
    else:
        data, node = _read_yaml(p)
        where = str(p)
    data = _dates_as_text(data)
    _validate(data, node, where)
    _check_dates(data, node, where, [])
    if not policy:
        for key in POLICY_ONLY:
            if key in data:
                line = _key_line(node, [], key) if node is not None else 0
                raise ConfigError(f"{_at(where, line)}: {key}: only allowed in an organisation policy (--policy)")
    return Source(data, str(p), p.parent)


def _read_yaml(path: Path) -> tuple[dict[str, Any], yaml.Node | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    import yaml

    try:
        node = yaml.compose(text, Loader=_loader())
        data = yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise ConfigError(f"{_at(str(path), line)}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if data is None:
        return {}, node
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: a config file must be a mapping of settings")
    return data, node


def _at(where: str, line: int) -> str:
    return f"{where}:{line}" if line else where


def _dates_as_text(value: Any) -> Any:
    """YAML reads 2026-12-31 as a date; the schema (and TOML users) speak ISO strings."""
    if isinstance(value, dict):
        return {str(k): _dates_as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def _validate(data: dict[str, Any], node: yaml.Node | None, where: str) -> None:
    import jsonschema  # imported only to validate: slow to import

    validator = jsonschema.Draft202012Validator(load_schema("config.schema.json"))
    err = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if err is None:
        return
    loc = list(err.absolute_path)
    line = _line_of(node, loc) if node is not None else 0
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        extra = [k for k in err.instance if k not in err.schema.get("properties", {})]
        line = _key_line(node, loc, extra[0]) if extra and node is not None else line
    dotted = ".".join(map(str, loc)) or "(top level)"
    raise ConfigError(f"{_at(where, line)}: {dotted}: {_message(err)}")


def _check_dates(value: Any, node: yaml.Node | None, where: str, loc: list[Any]) -> None:
    """Dates the schema's pattern lets through but the calendar does not (2026-13-01)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in DATE_KEYS and isinstance(v, str):
                try:
                    dt.date.fromisoformat(v)
                except ValueError:
                    line = _line_of(node, [*loc, k]) if node is not None else 0
                    raise ConfigError(f"{_at(where, line)}: {'.'.join(map(str, [*loc, k]))}: "
                                      f"{v!r} is not a date as YYYY-MM-DD") from None
            _check_dates(v, node, where, [*loc, k])
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_dates(v, node, where, [*loc, i])


def _paths(src: Source, key: str) -> list[str]:
    return [str(src.folder / p) for p in src.data.get(key, [])]


def _settings(src: Source | None) -> dict[str, Any]:
    """A source's settings with file paths made relative to the current folder."""
    if src is None:
        return {}
    out = {k: v for k, v in src.data.items() if k not in POLICY_ONLY}
    if "rules" in out:
        out["rules"] = _paths(src, "rules")
    if "baseline" in out:
        out["baseline"] = str(src.folder / out["baseline"])
    return out


ADDITIVE = ("exclude", "rules")
# What each policy constraint takes away from the repository config (the command line keeps its own).
CONSTRAINED = {"forbid_disable": ("disable", "enable", "packs"), "forbid_exclude": ("exclude",),
               "forbid_baseline": ("baseline",), "forbid_inline_ignores": ("suppressions", "inline_ignores")}


def resolve(cli: Mapping[str, Any], first_path: str, config_path: str | None = None,
            policy_path: str | None = None) -> Effective:
    """Merge defaults, repo config, policy and command line (values None are unset) into one Effective."""
    found = Path(config_path) if config_path else find_config(first_path)
    repo = _settings(load(found)) if found is not None else {}
    policy = load(policy_path, policy=True) if policy_path else None
    overrides = constrain(repo, policy.data) if policy is not None else []
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for name, layer in (("config", repo), ("policy", _settings(policy)), ("cli", cli)):
        for key, value in layer.items():
            if value is None or value == () or value == []:
                continue
            values[key] = [*values.get(key, []), *value] if key in ADDITIVE else value
            origin[key] = name
    eff = Effective(values, str(found) if found else None)
    if policy is not None:
        eff.policy = finish(values, origin, policy, overrides)
    return eff


def constrain(repo: dict[str, Any], rules: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Remove from the repo config's settings (in place) what the policy forbids; what was removed."""
    overrides: list[dict[str, Any]] = []

    def drop(key: str, by: str) -> None:
        overrides.append({"setting": key, "requested": repo.pop(key), "from": "config", "applied": None, "by": by})

    for flag, keys in CONSTRAINED.items():
        for key in keys:
            if rules.get(flag) and key in repo:
                drop(key, flag)
    if "gates" in repo:
        drop("gates", "policy: repository gates do not apply")
    if rules.get("forbid_disable") and repo.get("severity"):
        repo["severity_raise_only"] = True
        overrides.append({"setting": "severity", "requested": repo["severity"], "from": "config",
                          "applied": "raise only", "by": "forbid_disable"})
    return overrides


def finish(values: dict[str, Any], origin: Mapping[str, str], policy: Source,
           overrides: list[dict[str, Any]]) -> dict[str, Any]:
    """Constraints on the merged result, whoever set it; the report's `policy` section."""
    rules = policy.data

    def override(key: str, applied: Any, why: str) -> None:
        overrides.append({"setting": key, "requested": values.get(key), "from": origin.get(key, "default"),
                          "applied": applied, "by": why})
        values[key] = applied

    floor = rules.get("min_fail_on")
    if floor and STRICTNESS.index(values.get("fail_on") or "high") > STRICTNESS.index(floor):
        override("fail_on", floor, "min_fail_on")
    if rules.get("forbid_baseline") and values.get("baseline"):
        override("baseline", None, "forbid_baseline")
    if rules.get("require_reason") and not values.get("require_reason"):
        override("require_reason", True, "require_reason")
    if rules.get("forbid_inline_ignores"):
        values["inline_ignores"] = False
    flags = {k: bool(rules.get(k)) for k in ("forbid_inline_ignores", "require_reason", "forbid_disable",
                                             "forbid_exclude", "forbid_baseline")}
    return {"file": policy.path, **flags, "min_fail_on": floor, "overrides": overrides}
