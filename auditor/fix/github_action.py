"""GitHub workflow steps using `adobe/aio-apps-action` with `command: auth` (JWT, input `KEY`) ->
`command: oauth_sts` with `TECHNICALACCOUNTEMAIL` and `SCOPES` (action >= 3.0.0)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ruamel.yaml.comments import CommentedMap

from auditor.fix import placeholders, yamlrt
from auditor.fix.model import FixResult, Placeholder
from auditor.fix.scopes import choose, split_metascopes

_USES = "adobe/aio-apps-action"
_OLD_REF = re.compile(r"@v?[0-2](?:\.|$)")
_REFERENCE = re.compile(r"^\s*\$\{\{.*\}\}\s*$")


def _steps(data: CommentedMap) -> Iterator[tuple[str, CommentedMap]]:
    jobs = data.get("jobs")
    if not isinstance(jobs, CommentedMap):
        return
    for job_name, job in jobs.items():
        steps = job.get("steps") if isinstance(job, CommentedMap) else None
        for index, step in enumerate(steps or []):
            if _is_jwt_step(step):
                yield f"jobs.{job_name}.steps[{index}]", step


def _is_jwt_step(step: object) -> bool:
    if not isinstance(step, CommentedMap) or not str(step.get("uses", "")).startswith(_USES):
        return False
    inputs = step.get("with")
    return isinstance(inputs, CommentedMap) and str(inputs.get("command", "")).strip() == "auth"


def detect(path: str, text: str) -> bool:
    """A workflow with an aio-apps-action JWT `auth` step."""
    if _USES not in text or "jobs" not in text:
        return False
    doc = yamlrt.load(text)
    return doc is not None and any(True for _ in _steps(doc.data))


def _secret_ref(name: str) -> str:
    return "${{ secrets." + name + " }}"


def _fix_scopes(inputs: CommentedMap, where: str) -> tuple[list[Placeholder], list[str]]:
    current = str(inputs.get("SCOPES", ""))
    if current and _REFERENCE.match(current):
        return [], [f"{where}.with.SCOPES: make the secret it reads hold the OAuth scopes, not metascopes"]
    choice = choose(split_metascopes(current)) if current else choose(())
    value, todo, notes = placeholders.scope_string(f"{where}.with.SCOPES", choice)
    if "SCOPES" in inputs:
        yamlrt.set_value(inputs, "SCOPES", value)
    else:
        yamlrt.insert(inputs, len(inputs), "SCOPES", value)
    return list(todo), list(notes)


def _fix_step(where: str, step: CommentedMap) -> tuple[list[Placeholder], list[str]]:
    inputs = step["with"]
    yamlrt.set_value(inputs, "command", "oauth_sts")
    if "KEY" in inputs:
        yamlrt.delete_key(inputs, "KEY")
    todo: list[Placeholder] = []
    if "TECHNICALACCOUNTEMAIL" not in inputs:
        keys = list(inputs.keys())
        at = keys.index("TECHNICALACCOUNTID") + 1 if "TECHNICALACCOUNTID" in keys else len(keys)
        yamlrt.insert(inputs, at, "TECHNICALACCOUNTEMAIL", _secret_ref("TECHNICALACCOUNTEMAIL"))
        todo.append(Placeholder(f"{where}.with.TECHNICALACCOUNTEMAIL", _secret_ref("TECHNICALACCOUNTEMAIL"),
                                "create the repository secret TECHNICALACCOUNTEMAIL with the OAuth credential's "
                                "technical account email"))
    more_todo, notes = _fix_scopes(inputs, where)
    notes.append(f"{where}: command auth -> oauth_sts, KEY input removed; delete the KEY secret")
    if _OLD_REF.search(str(step["uses"])):
        notes.append(f"{where}: oauth_sts needs adobe/aio-apps-action >= 3.0.0 (uses: {step['uses']})")
    return todo + more_todo, notes


def rewrite(path: str, text: str) -> FixResult:
    """The workflow with every JWT `auth` step switched to `oauth_sts`."""
    doc = yamlrt.load(text)
    if doc is None:
        return FixResult(text)
    todo: list[Placeholder] = []
    notes: list[str] = []
    for where, step in list(_steps(doc.data)):
        more_todo, more_notes = _fix_step(where, step)
        todo.extend(more_todo)
        notes.extend(more_notes)
    return FixResult(yamlrt.dump(doc), tuple(todo), tuple(notes))
