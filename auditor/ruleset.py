"""Load rule packs (built-in and user), validate them against the schema, and compile them."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import pickle
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml


from auditor import __version__, anchors, cachedir, regexguard
from auditor.discovery import glob_regexes
from auditor.errors import RuleError
from auditor.model import (
    Context,
    LazyRegex,
    Match,
    Milestone,
    Pack,
    Remediation,
    Rule,
    ScheduleStep,
    Severity,
)
from auditor.redact import redact

SCHEMA_FILE = "rule.schema.json"
MAX_RULE_FILE = 2 * 1024 * 1024
MAX_YAML_NODES = 200_000  # after aliases are expanded: a "billion laughs" file is refused, not walked


@dataclass(frozen=True)
class RuleSet:
    packs: tuple[Pack, ...]
    rules: tuple[Rule, ...]
    not_loaded: tuple[Pack, ...] = ()  # opt-in packs this scan did not ask for

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def pack(self, name: str) -> Pack:
        for p in self.packs:
            if p.name == name:
                return p
        raise KeyError(name)


def load_schema(name: str) -> dict[str, Any]:
    """A JSON schema shipped in auditor/schemas."""
    text = resources.files("auditor.schemas").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def builtin_rule_files() -> list[Path]:
    """The packs shipped with the tool: the source tree's rules/ or the installed auditor.rules."""
    src = Path(__file__).resolve().parent.parent / "rules"
    if src.is_dir() and (src.parent / "pyproject.toml").is_file():
        return sorted(src.glob("*.yaml"))
    try:
        root = resources.files("auditor.rules")
    except ModuleNotFoundError:
        return []
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".yaml"))


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders to the *.yaml / *.yml files inside them, in name order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.iterdir() if q.suffix in (".yaml", ".yml") and q.is_file()))
        elif p.is_file():
            out.append(p)
        else:
            raise RuleError(f"{p}: rule file or folder not found")
    return out


def load_rules(
    extra: Sequence[Path] = (), packs: Sequence[str] = (), builtin: bool = True
) -> RuleSet:
    """Built-in packs plus `extra` files/folders, limited to `packs` names when given; otherwise every pack but
    the opt-in ones (validated all the same: their rule ids stay reserved)."""
    files = (builtin_rule_files() if builtin else []) + rule_files(extra)
    loaded = [load_pack_file(f) for f in files]
    _check_unique(loaded)
    if packs:
        known = {p.name for p, _ in loaded}
        missing = [n for n in packs if n not in known]
        if missing:
            raise RuleError(f"unknown pack {missing[0]!r}; loaded packs: {', '.join(sorted(known))}")
        loaded = [(p, r) for p, r in loaded if p.name in packs]
    everything = [p for p, _ in loaded]
    if not packs:
        loaded = [(p, r) for p, r in loaded if not p.opt_in]
    return RuleSet(
        packs=tuple(p for p, _ in loaded),
        rules=tuple(rule for _, rules in loaded for rule in rules),
        not_loaded=tuple(p for p in everything if p.opt_in and p.name not in {q.name for q, _ in loaded}),
    )


def _check_unique(loaded: list[tuple[Pack, list[Rule]]]) -> None:
    seen_packs: dict[str, str] = {}
    seen_rules: dict[str, Rule] = {}
    for pack, rules in loaded:
        if pack.name in seen_packs:
            raise RuleError(f"{pack.source}: pack {pack.name!r} is already loaded from {seen_packs[pack.name]}")
        seen_packs[pack.name] = pack.source
        for r in rules:
            if r.id in seen_rules:
                first = seen_rules[r.id]
                raise RuleError(
                    f"{r.source}:{r.line}: {r.id}: duplicate rule id (also in {first.source}:{first.line})"
                )
            seen_rules[r.id] = r


def load_pack_file(path: Path) -> tuple[Pack, list[Rule]]:
    """Parse, validate and compile one pack file; errors name file, line, rule id and problem."""
    try:
        if path.stat().st_size > MAX_RULE_FILE:
            raise RuleError(f"{path}: rule file larger than {MAX_RULE_FILE // 1024} KiB")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    key = _cache_key(text)
    cached = _cache_get(key, path)
    if cached is not None:
        return cached
    loaded = _load_text(text, path)
    caching = cachedir.cache_dir("packs") is not None
    for rx in _regexes(*loaded):  # analysed (and translated, for the cache) now, so the cache holds them
        _ = rx.anchors
        if caching:
            rx.keep_code()
    _cache_put(key, loaded)
    return loaded


def _regexes(pack: Pack, rules: list[Rule]) -> Iterator[LazyRegex]:
    yield from pack.id_patterns
    for rule in rules:
        yield rule.match.regex
        yield from (c.regex for c in (*rule.match.context, *rule.match.unless))
        yield from rule.match.files_rx or ()
        yield from rule.match.exclude_rx or ()


def _load_text(text: str, path: Path) -> tuple[Pack, list[Rule]]:
    import yaml  # here, not at the top: a cached pack loads without PyYAML

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if _expanded_size(data) > MAX_YAML_NODES:
            raise RuleError(f"{path}:1: YAML expands to more than {MAX_YAML_NODES} values (too many aliases?)")
        node = _IdLines(text) if _valid(data) else yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "nesting depth" in problem:  # PyYAML's own depth limit (newer releases), same case as RecursionError
            problem = "nested too deeply"
        raise RuleError(f"{path}:{line}: invalid YAML: {problem}") from None
    except RecursionError:
        raise RuleError(f"{path}:1: invalid YAML: nested too deeply") from None
    if not isinstance(node, _IdLines):
        validate_pack_data(data, node, path)
    try:
        return compile_pack(data, node, path)
    except RuleError:
        if not isinstance(node, _IdLines):
            raise
        return compile_pack(data, yaml.compose(text, Loader=yaml.SafeLoader), path)  # again, for exact lines




# ---- a cache of validated, compiled packs: start-up matters for pre-commit hooks ----------------------
# Keyed by the pack text, the tool version and the schema, so an edit to any of them misses the cache.
# Only packs that loaded without error are cached; a pack with an error is parsed (and reported) every time.


CACHE_FORMAT = b"3"  # bump when what a cached pack holds changes (2: regex code, glob regexes; 3: opt_in)


def _cache_key(text: str) -> str:
    schema = resources.files("auditor.schemas").joinpath(SCHEMA_FILE).read_bytes()
    blob = b"\0".join([__version__.encode(), CACHE_FORMAT, hashlib.sha256(schema).digest(), anchors.ANALYSIS.encode(),
                        text.encode("utf-8")])
    return hashlib.sha256(blob).hexdigest()


def _cache_get(key: str, path: Path) -> tuple[Pack, list[Rule]] | None:
    blob = cachedir.read("packs", f"{key}.pickle")
    if blob is None:
        return None
    try:
        pack, rules = pickle.loads(blob)
    except (pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    source = str(path)  # the same text may live at another path: report the one loaded now
    return (dataclasses.replace(pack, source=source),
            [dataclasses.replace(r, source=source) for r in rules])


def _cache_put(key: str, loaded: tuple[Pack, list[Rule]]) -> None:
    cachedir.write("packs", f"{key}.pickle", pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))


def _expanded_size(root: Any) -> int:
    """Values in the loaded document with every alias expanded, counted without expanding them."""
    sizes: dict[int, int] = {}
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        obj, done = stack.pop()
        kids = [v for kv in obj.items() for v in kv] if isinstance(obj, dict) else (
            obj if isinstance(obj, list) else [])
        if done:
            sizes[id(obj)] = min(1 + sum(sizes.get(id(k), 1) for k in kids), MAX_YAML_NODES + 1)
        elif id(obj) not in sizes:
            sizes[id(obj)] = 1  # a value inside itself (recursive alias) counts once
            stack.append((obj, True))
            stack.extend((k, False) for k in kids if isinstance(k, (dict, list)) and id(k) not in sizes)
    return sizes.get(id(root), 1)


def _valid(data: Any) -> bool:
    import jsonschema  # imported only to validate: slow to import

    return jsonschema.Draft202012Validator(load_schema(SCHEMA_FILE)).is_valid(data)


class _IdLines:
    """Rule lines for a valid pack without building a node tree: the line of each `- id: X`."""

    def __init__(self, text: str) -> None:
        self.order = [(m.group(1), text.count("\n", 0, m.start()) + 1)
                      for m in re.finditer(r"^[ \t]*-[ \t]+id:[ \t]*[\"']?([A-Z][A-Z0-9-]*)", text, re.M)]

    def line(self, index: int, rule_id: str) -> int:
        if index < len(self.order) and self.order[index][0] == rule_id:
            return self.order[index][1]
        return next((ln for rid, ln in self.order if rid == rule_id), 1)


def validate_pack_data(data: Any, node: Any, path: Path) -> None:
    """Schema validation with the error located at its YAML line."""
    import jsonschema  # imported only to validate: slow to import

    validator = jsonschema.Draft202012Validator(load_schema(SCHEMA_FILE))
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.path))))
    if not errors:
        return
    err = jsonschema.exceptions.best_match(errors) or errors[0]
    loc = list(err.absolute_path)
    line = _line_of(node, loc)
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        extra = [k for k in err.instance if k not in err.schema.get("properties", {})]
        line = _key_line(node, loc, extra[0]) if extra else line
    raise RuleError(f"{path}:{line}: {_where(data, loc)}: {_message(err)}")


def _key_line(node: yaml.Node | None, loc: Sequence[Any], key: str) -> int:
    """Line of the key `key` itself inside the mapping at `loc`."""
    import yaml

    parent = node
    for k in loc:
        parent = _child(parent, k) if parent is not None else None
    if isinstance(parent, yaml.MappingNode):
        for k_node, _ in parent.value:
            if k_node.value == key:
                return int(k_node.start_mark.line) + 1
    return _line_of(node, loc)


def _message(err: Any) -> str:
    """The schema's complaint; it quotes the offending value, so secret-looking values are redacted."""
    if err.validator == "additionalProperties":
        return redact(err.message.replace("Additional properties are not allowed", "unknown key"))
    return redact(err.message)


def _where(data: Any, loc: list[Any]) -> str:
    """`ADOBE-JWT-007.match.regex` for a location inside a rule, else the dotted path."""
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        try:
            rid = data["rules"][loc[1]].get("id") or f"rules[{loc[1]}]"
        except (AttributeError, IndexError, KeyError, TypeError):
            rid = f"rules[{loc[1]}]"
        return ".".join([str(rid), *map(str, loc[2:])])
    return ".".join(map(str, loc)) or "(top level)"


def _line_of(node: Any, loc: Sequence[Any]) -> int:
    """1-based line of the YAML node at `loc` (the deepest one that exists)."""
    if node is None or isinstance(node, _IdLines):
        return 1
    line = node.start_mark.line + 1
    for key in loc:
        child = _child(node, key)
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line


def _child(node: yaml.Node, key: Any) -> yaml.Node | None:
    import yaml

    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return v if not isinstance(v, yaml.ScalarNode) else v
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    return None


def compile_pack(data: dict[str, Any], node: Any, path: Path) -> tuple[Pack, list[Rule]]:
    """Semantic pass (milestone order, regexes, schedule references) and compilation."""
    meta = data["pack"]
    timeline = _timeline(meta, node, path)
    ids = {m.id for m in timeline}
    pack = Pack(
        name=meta["name"],
        version=str(meta["version"]),
        title=meta["title"],
        description=meta["description"],
        timeline=timeline,
        references=tuple(meta.get("references", ())),
        remediation=_remediation(meta.get("remediation")),
        id_patterns=tuple(
            _regex(p, path, _line_of(node, ["pack", "integration"]), "pack.integration.id_patterns")
            for p in meta.get("integration", {}).get("id_patterns", ())
        ),
        api_map=tuple(
            (s["metascope"], s["api"], tuple(s.get("oauth_scopes", ()))) for s in meta.get("scopes", ())
        ),
        source=str(path),
        migration_steps=tuple(meta.get("migration", {}).get("steps", ())),
        snippets=tuple(sorted(meta.get("migration", {}).get("snippets", {}).items())),
        unknown_scope_note=meta.get("migration", {}).get("unknown_scope_note", ""),
        opt_in=bool(meta.get("opt_in", False)),
    )
    rules = [_rule(r, i, pack, ids, node, path) for i, r in enumerate(data["rules"])]
    _check_unique([(pack, rules)])
    return pack, rules


def _timeline(meta: dict[str, Any], node: Any, path: Path) -> tuple[Milestone, ...]:
    out: list[Milestone] = []
    for i, m in enumerate(meta["timeline"]):
        line = _line_of(node, ["pack", "timeline", i])
        try:
            date = dt.date.fromisoformat(m["date"])
        except ValueError:
            raise RuleError(f"{path}:{line}: pack.timeline.{m['id']}.date: not a real date: {m['date']}") from None
        if out and date < out[-1].date and not m.get("superseded") and not out[-1].primary:
            raise RuleError(
                f"{path}:{line}: pack.timeline.{m['id']}: milestones must be in date order "
                f"({m['date']} is before {out[-1].id} {out[-1].date})"
            )
        if any(o.id == m["id"] for o in out):
            raise RuleError(f"{path}:{line}: pack.timeline.{m['id']}: duplicate milestone id")
        out.append(Milestone(
            id=m["id"], date=date, title=m["title"], source=m.get("source", ""), note=m.get("note", ""),
            primary=bool(m.get("primary")), hard_stop=bool(m.get("hard_stop")),
        ))
    if sum(m.primary for m in out) > 1:
        raise RuleError(f"{path}: pack.timeline: more than one milestone is marked primary")
    return tuple(sorted(out, key=lambda m: m.date))


def _regex(text: str, path: Path, line: int, where: str) -> LazyRegex:
    try:
        compiled = re.compile(text, re.MULTILINE)
    except (re.error, OverflowError, RecursionError) as exc:
        raise RuleError(f"{path}:{line}: {where}: regex does not compile: {exc}") from None
    problem = regexguard.problem(text, re.MULTILINE)
    if problem:
        raise RuleError(f"{path}:{line}: {where}: regex can backtrack catastrophically: {problem}; "
                        "rewrite it so each repeat has one way to match (see auditor/regexguard.py)")
    return LazyRegex(text, re.MULTILINE, compiled)


def _remediation(data: dict[str, Any] | None) -> Remediation | None:
    if not data:
        return None
    return Remediation(
        summary=data["summary"], steps=tuple(data.get("steps", ())), links=tuple(data.get("links", ()))
    )


def _rule(
    r: dict[str, Any], index: int, pack: Pack, milestones: set[str], node: Any, path: Path
) -> Rule:
    base = ["rules", index]
    line = node.line(index, r["id"]) if isinstance(node, _IdLines) else _line_of(node, base)
    match = _match(r["match"], r["id"], path, lambda *k: _line_of(node, [*base, "match", *k]))
    default, schedule = _severity(r["severity"])
    for step in schedule:
        if step.milestone not in milestones:
            raise RuleError(
                f"{path}:{_line_of(node, [*base, 'severity'])}: {r['id']}.severity.schedule: "
                f"unknown milestone {step.milestone!r} (known: {', '.join(sorted(milestones))})"
            )
    remediation = _remediation(r.get("remediation")) or pack.remediation
    if remediation is None:
        raise RuleError(f"{path}:{line}: {r['id']}: no remediation, and the pack has no default remediation")
    return Rule(
        id=r["id"], name=r["name"], title=r["title"], description=r["description"].strip(), pack=pack.name,
        kind=r["kind"], confidence=r["confidence"], match=match, base_severity=default, schedule=schedule,
        remediation=remediation, tags=tuple(r.get("tags", ())), source=str(path), line=line,
        message=r.get("message", ""),
    )


def _severity(spec: str | dict[str, Any]) -> tuple[Severity, tuple[ScheduleStep, ...]]:
    if isinstance(spec, str):
        return Severity.parse(spec), ()
    steps = tuple(ScheduleStep(s["from"], Severity.parse(s["level"])) for s in spec.get("schedule", ()))
    return Severity.parse(spec["default"]), steps


def _match(m: dict[str, Any], rid: str, path: Path, line_of: Any) -> Match:
    regex = _regex(m["regex"], path, line_of("regex"), f"{rid}.match.regex") if "regex" in m else None
    if regex is None:
        alternatives = "|".join(re.escape(k) for k in m["keywords"])
        regex = LazyRegex(f"(?i:{alternatives})", re.MULTILINE)

    def contexts(key: str) -> tuple[Context, ...]:
        out = []
        for i, c in enumerate(m.get(key, ())):
            within = c.get("within", "file")
            if within == "repo" and key != "context":
                raise RuleError(f"{path}:{line_of(key, i)}: {rid}.match.{key}[{i}]: `within: repo` is only for "
                                "`context` (an unless-context is decided within the file)")
            out.append(Context(
                regex=_regex(c["regex"], path, line_of(key, i), f"{rid}.match.{key}[{i}].regex"),
                within=None if within in ("file", "repo") else int(within),
                exempt=bool(c.get("exempt")), repo=within == "repo",
            ))
        return tuple(out)

    files, exclude = tuple(m.get("files", ())), tuple(m.get("exclude", ()))
    return Match(
        keywords=tuple(k.lower() for k in m["keywords"]), regex=regex, files=files, exclude=exclude,
        files_rx=glob_regexes(files), exclude_rx=glob_regexes(exclude),
        context=contexts("context"), unless=contexts("unless"),
        per_file=bool(m.get("per_file")), corroborate=bool(m.get("corroborate")),
    )
