"""`junit`: JUnit XML for CI test tabs: a suite per rule, a test case per (rule, file)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Any

from auditor.reporters import RenderOptions, Report
from auditor.reporters._common import RANK, full_message, strip_control, suppression_reason, workspace_path

# The migration target and declared exemptions are progress, not failures: their test cases pass.
PASSING_KINDS = frozenset({"oauth-s2s", "exempt"})

Json = dict[str, Any]


clean = strip_control  # what XML 1.0 cannot carry, and C1 controls, removed


def render(report: Report, options: RenderOptions) -> str:
    root = ET.Element("testsuites", name=clean(options.title))
    rules = {r["id"]: r for r in report["rules"]}
    for rule_id, cases in _cases(report).items():
        root.append(_suite(rule_id, rules.get(rule_id), cases))
    root.append(_scan_suite(report))
    _total(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _cases(report: Report) -> dict[str, dict[str, list[Json]]]:
    """rule id -> workspace path -> findings, both sorted."""
    grouped: dict[str, dict[str, list[Json]]] = defaultdict(lambda: defaultdict(list))
    for f in report["findings"]:
        grouped[f["rule_id"]][workspace_path(f["repo"], f["path"])].append(f)
    return {rid: dict(sorted(grouped[rid].items())) for rid in sorted(grouped)}


def _suite(rule_id: str, rule: Json | None, cases: dict[str, list[Json]]) -> ET.Element:
    title = rule["title"] if rule else rule_id
    suite = ET.Element("testsuite", name=clean(f"{rule_id} {title}"))
    for path, findings in cases.items():
        suite.append(_case(rule_id, rule, path, findings))
    _count(suite)
    return suite


def _case(rule_id: str, rule: Json | None, path: str, findings: list[Json]) -> ET.Element:
    case = ET.Element("testcase", classname=clean(rule_id), name=clean(path))
    active = [f for f in findings if not f["suppressed"]]
    if active and active[0]["kind"] not in PASSING_KINDS:
        worst = max(active, key=lambda f: RANK[f["severity"]])
        failure = ET.SubElement(case, "failure", type=worst["severity"],
                                message=clean(f"{len(active)} finding(s): {full_message(worst)}"))
        failure.text = clean(_details(path, findings, rule))
    elif not active:
        reasons = sorted({suppression_reason(f) for f in findings})
        ET.SubElement(case, "skipped", message=clean("suppressed: " + "; ".join(reasons)))
    else:
        ET.SubElement(case, "system-out").text = clean(_details(path, findings, None))
    return case


def _details(path: str, findings: list[Json], rule: Json | None) -> str:
    lines = [_location(path, f) for f in findings]
    if rule:
        rem = rule["remediation"]
        lines += ["", "Remediation: " + rem["summary"]]
        lines += [f"  {i}. {step}" for i, step in enumerate(rem.get("steps", []), 1)]
        lines += [f"  {link}" for link in rem.get("links", [])]
    return "\n".join(lines)


def _location(path: str, f: Json) -> str:
    state = " (suppressed: " + suppression_reason(f) + ")" if f["suppressed"] else ""
    text = f"{path}:{f['line']}:{f['column']}: [{f['severity']}] {full_message(f)}{state}"
    return text + (f"\n    {f['snippet']}" if f["snippet"] else "")


def _scan_suite(report: Report) -> ET.Element:
    """Scan errors as <error> test cases; files not scanned and the scan's facts in properties and system-out."""
    suite = ET.Element("testsuite", name="jwt-audit scan")
    props = ET.SubElement(suite, "properties")
    facts = [("as_of", report["as_of"]), ("files_scanned", report["files"]["scanned"]),
             ("files_skipped", len(report["files"]["skipped"]))]
    facts += [(f"pack.{p['name']}", p["version"]) for p in report["packs"]]
    for name, value in facts:
        ET.SubElement(props, "property", name=clean(name), value=clean(value))
    for i, err in enumerate(report["errors"], 1):
        case = ET.SubElement(suite, "testcase", classname="jwt-audit", name=f"scan error {i}")
        ET.SubElement(case, "error", type="scan-error", message=clean(err))
    if not report["errors"]:  # a passing case, so a clean scan is "1 passed", not "no tests" (Jenkins fails on that)
        ET.SubElement(suite, "testcase", classname="jwt-audit", name=f"scan ({report['files']['scanned']} files)")
    skipped = [f"{workspace_path(s.get('repo', '.'), s['path'])}: {s['reason']}" for s in report["files"]["skipped"]]
    if skipped:
        ET.SubElement(suite, "system-out").text = clean("Not scanned:\n" + "\n".join(skipped))
    _count(suite)
    return suite


def _count(suite: ET.Element) -> None:
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    for tag, attr in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
        suite.set(attr, str(sum(1 for c in cases if c.find(tag) is not None)))
    suite.set("time", "0")


def _total(root: ET.Element) -> None:
    for attr in ("tests", "failures", "errors", "skipped"):
        root.set(attr, str(sum(int(s.get(attr, "0")) for s in root.findall("testsuite"))))
    root.set("time", "0")
