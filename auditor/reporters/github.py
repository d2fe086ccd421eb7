"""`github`: GitHub Actions workflow commands, one annotation per finding; and the job summary writer."""
from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from auditor.reporters import RenderOptions, Report
from auditor.reporters._common import by_severity, full_message, split_archive, strip_control, workspace_path

LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "notice", "info": "notice"}

Json = dict[str, Any]


def escape_data(text: Any) -> str:
    """A command's message: `%`, CR and LF percent-encoded (GitHub's toolkit rules); control characters dropped."""
    return strip_control(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: Any) -> str:
    """A command property value: as data, plus `:` and `,`."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: Any) -> str:
    """`::level k=v,...::message`, properties in the given order, None values left out."""
    given = ",".join(f"{k}={escape_property(v)}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + given if given else ''}::{escape_data(message)}"


def annotation(f: Json) -> str:
    """One finding as an annotation on its file in the workspace; an archive member annotates its archive."""
    outer, member = split_archive(f["path"])
    lines: Json = {} if member else {"line": f["line"], "col": f["column"], "endLine": max(f["end_line"], f["line"])}
    text = f"[{f['severity']}] {full_message(f)}"
    if f.get("remediation"):
        text += f"\nFix: {f['remediation']}"
    return command(LEVELS[f["severity"]], text, file=workspace_path(f["repo"], outer), **lines, title=f["rule_id"])


def render(report: Report, options: RenderOptions) -> str:
    active = by_severity([f for f in report["findings"] if not f["suppressed"]])
    lines = [annotation(f) for f in active]  # most severe first: GitHub shows only the first few per step
    lines += [command("warning", err, title="jwt-audit scan error") for err in report["errors"]]
    skipped = len(report["files"]["skipped"])
    if skipped:
        lines.append(command("notice", f"{skipped} file(s) not scanned (binary, too large, unreadable...): "
                             "see the JSON report for the list and the reasons", title="jwt-audit"))
    lines.append(_totals(report))
    return "\n".join(lines) + "\n"


def _totals(report: Report) -> str:
    s = report["summary"]
    by = ", ".join(f"{n} {sev}" for sev, n in reversed(list(s["by_severity"].items())) if n) or "none"
    return (f"jwt-audit: {s['findings']} findings ({by}); {s['suppressed']} suppressed; "
            f"{report['files']['scanned']} files scanned; as of {report['as_of']}")


def write_step_summary(report: Report, env: Mapping[str, str], options: RenderOptions | None = None) -> bool:
    """Append the Markdown report to the file named by $GITHUB_STEP_SUMMARY, when set; True when written.

    The one side effect of this module, called by the CLI after rendering `-f github`; a summary that cannot
    be written is a warning on stderr, never a failed scan."""
    target = env.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    from auditor.reporters import markdown

    text = markdown.render(report, options or RenderOptions(title="jwt-audit"))
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    except OSError as exc:
        print(f"warning: cannot write the job summary to {target}: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True
