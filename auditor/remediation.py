"""Migration plans per integration: ordered steps, APIs and scopes, files to change, code per language."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from auditor.model import JWT_KINDS, Finding, Integration, Pack, Rule

# Which of a pack's snippets serve the languages found in an integration's files.
SNIPPETS_FOR: dict[str, tuple[str, ...]] = {
    "python": ("python",),
    "javascript": ("node", "node-aio-lib-ims"),
    "typescript": ("node", "node-aio-lib-ims"),
    "java": ("java",),
    "kotlin": ("java",),
    "csharp": ("csharp",),
    "php": ("php",),
    "go": ("go",),
    "ruby": ("ruby",),
    "shell": ("curl",),
    "powershell": ("powershell", "curl"),
}
ALWAYS = ("curl",)


def plan(integration: Integration, findings: Sequence[Finding], packs: Mapping[str, Pack],
         rules: Mapping[str, Rule]) -> dict[str, Any]:
    """The migration plan of one integration, as JSON-ready data."""
    own = [f for f in findings if f.integration == integration.id and not f.suppressed]
    pack = _pack_of(own, packs)
    scopes = ",".join(integration.scopes)
    return {
        "steps": list(pack.migration_steps) if pack else [],
        "apis": list(integration.apis),
        "scopes": list(integration.scopes),
        "scopes_note": _scopes_note(integration, pack),
        "files": _files(own),
        "changes": _changes(own, rules, pack),
        "snippets": [{"language": lang, "code": code.replace("{scopes}", scopes or "<scopes from the console>")}
                     for lang, code in _snippets(pack, integration.languages)],
    }


def _pack_of(findings: Sequence[Finding], packs: Mapping[str, Pack]) -> Pack | None:
    names = [f.pack for f in findings if f.kind in JWT_KINDS] or [f.pack for f in findings]
    return packs.get(names[0]) if names else None


def _scopes_note(integration: Integration, pack: Pack | None) -> str:
    note = pack.unknown_scope_note if pack and pack.unknown_scope_note else (
        "copy the exact scopes from the new credential's settings")
    if integration.unknown_scopes:
        return f"No known OAuth scope mapping for {', '.join(integration.unknown_scopes)}: {note}."
    if not integration.apis:
        return f"The files name no scope that maps to OAuth: {note}."
    return f"Scopes mapped from the old credential's settings; confirm them ({note})."


def _files(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    by_path: dict[str, list[int]] = {}
    for f in findings:
        if f.kind in JWT_KINDS:
            by_path.setdefault(f.path, []).append(f.line)
    return [{"path": p, "lines": sorted(set(ls))} for p, ls in sorted(by_path.items())]


def _changes(findings: Iterable[Finding], rules: Mapping[str, Rule], pack: Pack | None) -> list[dict[str, Any]]:
    """Rule-specific changes (config keys to drop, libraries to upgrade), once per rule."""
    out: dict[str, dict[str, Any]] = {}
    default = pack.remediation.summary if pack and pack.remediation else None
    for f in findings:
        rule = rules.get(f.rule_id)
        if rule is None or f.kind not in JWT_KINDS or rule.remediation.summary == default:
            continue
        entry = out.setdefault(rule.id, {"rule_id": rule.id, "title": rule.title,
                                         "summary": rule.remediation.summary, "files": []})
        if f.path not in entry["files"]:
            entry["files"].append(f.path)
    return list(out.values())


def _snippets(pack: Pack | None, languages: Sequence[str]) -> list[tuple[str, str]]:
    if pack is None:
        return []
    wanted = [key for lang in languages for key in SNIPPETS_FOR.get(lang, ())] + list(ALWAYS)
    available = dict(pack.snippets)
    return [(k, available[k]) for k in dict.fromkeys(wanted) if k in available]


def render_text(integration: dict[str, Any]) -> str:
    """A plan as plain text, for the terminal."""
    p = integration.get("plan") or {}
    lines = [f"{integration.get('label', integration['id'])} ({integration['repo']}): {integration['status']}"
             + (f", deadline {integration['deadline']}" if integration.get("deadline") else "")]
    if integration.get("deadline_reason"):
        lines.append(f"  deadline: {integration['deadline_reason']}")
    lines.append("  APIs: " + (", ".join(p.get("apis", [])) or "unknown"))
    lines.append("  OAuth scopes to request: " + (", ".join(p.get("scopes", [])) or "-"))
    lines.append(f"  {p.get('scopes_note', '')}")
    lines.append("  Steps:")
    lines += [f"    {i}. {s}" for i, s in enumerate(p.get("steps", []), 1)]
    if p.get("changes"):
        lines.append("  Changes:")
        lines += [f"    - {c['summary']} ({', '.join(c['files'])})" for c in p["changes"]]
    if p.get("files"):
        lines.append("  Files to change:")
        lines += [f"    - {f['path']} (lines {', '.join(map(str, f['lines']))})" for f in p["files"]]
    for s in p.get("snippets", []):
        lines.append(f"  {s['language']}:")
        lines += ["      " + ln for ln in s["code"].rstrip().splitlines()]
    return "\n".join(lines)


def render_markdown(integration: dict[str, Any]) -> str:
    """A plan as Markdown, for PR comments and docs."""
    p = integration.get("plan") or {}
    out = [f"### {integration.get('label', integration['id'])} — {integration['status']}", ""]
    if integration.get("deadline"):
        out += [f"**Deadline:** {integration['deadline']} — {integration.get('deadline_reason', '')}", ""]
    out += [f"**APIs:** {', '.join(p.get('apis', [])) or 'unknown'}  ",
            f"**OAuth scopes to request:** `{','.join(p.get('scopes', [])) or '-'}`  ", p.get("scopes_note", ""), ""]
    out += [f"{i}. {s}" for i, s in enumerate(p.get("steps", []), 1)] + [""]
    out += [f"- {c['summary']} (`{'`, `'.join(c['files'])}`)" for c in p.get("changes", [])]
    out += [f"- [ ] `{f['path']}` lines {', '.join(map(str, f['lines']))}" for f in p.get("files", [])] + [""]
    for s in p.get("snippets", []):
        fence = {"node": "js", "node-aio-lib-ims": "js", "curl": "sh", "csharp": "csharp"}.get(s["language"], s["language"])
        out += [f"<details><summary>{s['language']}</summary>", "", f"```{fence}", s["code"].rstrip(), "```", "",
                "</details>", ""]
    return "\n".join(out)
