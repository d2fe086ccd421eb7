"""Human-readable rule documentation: `jwt-audit explain RULE-ID` and `jwt-audit rules list`."""
from __future__ import annotations

import datetime as dt
import textwrap

from tabulate import tabulate

from auditor.errors import UsageError
from auditor.ruleset import RuleSet
from auditor.timeline import describe, severity_at


def explain(rs: RuleSet, rule_id: str, as_of: dt.date) -> str:
    """Description, severity schedule against the pack's timeline, and the full remediation of a rule."""
    try:
        rule = rs.rule(rule_id)
    except KeyError:
        raise UsageError(f"unknown rule {rule_id!r}; `jwt-audit rules list` shows the rules") from None
    pack = rs.pack(rule.pack)
    sev, ref = severity_at(rule, pack, as_of)
    lines = [
        f"{rule.id} {rule.name} ({pack.name} {pack.version})",
        rule.title,
        "",
        *textwrap.wrap(rule.description, 100),
        "",
        f"kind: {rule.kind}    confidence: {rule.confidence}    tags: {', '.join(rule.tags) or '-'}",
        f"severity as of {as_of.isoformat()}: {sev.label}" + (f" - {describe(ref)}" if ref else ""),
        "severity schedule: " + ", ".join(
            [f"{rule.base_severity.label} before"]
            + [f"{s.severity.label} from {s.milestone} ({pack.milestone(s.milestone).date})" for s in rule.schedule]),
        "",
        "What to do: " + rule.remediation.summary,
        *(f"  {i}. {step}" for i, step in enumerate(rule.remediation.steps, 1)),
    ]
    if rule.remediation.links:
        lines += ["", "References:", *(f"  {link}" for link in rule.remediation.links)]
    lines += ["", f"Defined in {rule.source}:{rule.line}"]
    return "\n".join(lines)


def list_rules(rs: RuleSet) -> str:
    """Packs with their timelines, then one row per rule."""
    out = []
    for pack in rs.packs:
        out.append(f"{pack.name} {pack.version}: {pack.title}")
        for m in pack.timeline:
            flags = " (primary cutoff)" if m.primary else " (hard stop)" if m.hard_stop else ""
            out.append(f"  {m.date}  {m.id}: {m.title}{flags}")
        out.append("")
    rows = [[r.id, r.name, r.pack, r.kind, r.confidence] for r in rs.rules]
    out.append(tabulate(rows, headers=["id", "name", "pack", "kind", "confidence"], tablefmt="simple"))
    if rs.not_loaded:
        out.append("\nOpt-in packs, not loaded (add them with --pack NAME, or `packs:` in the config):")
        out.extend(f"  {p.name} {p.version}: {p.title}" for p in rs.not_loaded)
    return "\n".join(out)
