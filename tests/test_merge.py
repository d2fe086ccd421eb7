"""`jwt-audit merge`: union of saved reports, duplicates removed, conflicts refused, re-judged with --as-of."""
from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from auditor.errors import ReportError
from auditor.merge import COMPUTED, judge, merge, normalise, rejudge
from auditor.report import validate
from tests.orgscan import cli, make_org, scan

Report = dict[str, Any]


@pytest.fixture
def org(tmp_path: Path) -> list[Path]:
    return make_org(tmp_path / "org")


@pytest.fixture
def week(org: list[Path], test_pack: Path, tmp_path: Path) -> Report:
    return scan(org, test_pack, tmp_path / "week.json")


def _split(report: Report, roots: set[str]) -> Report:
    """The part of `report` about `roots`, as a scan of just those repos would have written it."""
    part = copy.deepcopy(report)
    part["repos"] = [r for r in part["repos"] if r["root"] in roots]
    part["findings"] = [f for f in part["findings"] if f["repo"] in roots]
    part["integrations"] = [i for i in part["integrations"] if i["repo"] in roots]
    part["files"] = {"scanned": sum(r["files_scanned"] for r in part["repos"]),
                     "skipped": [s for s in part["files"]["skipped"] if s["repo"] in roots]}
    return part


def test_merging_a_report_with_itself_removes_the_duplicates(week: Report) -> None:
    assert merge([("a.json", week), ("b.json", copy.deepcopy(week))]) == normalise(week)


def test_merge_of_disjoint_parts_is_the_whole(week: Report) -> None:
    roots = [r["root"] for r in week["repos"]]
    parts = [_split(week, set(roots[:2])), _split(week, set(roots[2:]))]
    assert merge([("p1", parts[1]), ("p2", parts[0])]) == normalise(week)


def test_merged_report_validates_and_recomputes_the_summary(week: Report) -> None:
    roots = [r["root"] for r in week["repos"]]
    merged = merge([("p1", _split(week, {roots[0]})), ("p2", _split(week, {roots[1]}))])
    validate(merged)
    assert merged["summary"]["findings"] == sum(not f["suppressed"] for f in merged["findings"])
    assert merged["files"]["scanned"] == sum(r["files_scanned"] for r in merged["repos"])


def test_different_as_of_dates_are_refused_with_a_clear_error(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    scan(org[:2], test_pack, tmp_path / "a.json", as_of="2026-02-02")
    scan(org[2:], test_pack, tmp_path / "b.json", as_of="2026-02-09")
    code, out, err = cli("merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"))
    assert code == 2 and not out
    assert "different dates" in err and "2026-02-02" in err and "2026-02-09" in err and "--as-of" in err


@pytest.mark.parametrize("when", ["2023-01-01", "2023-05-01", "2024-07-01", "2025-01-01", "2026-03-02"])
def test_as_of_rejudges_exactly_like_a_scan_on_that_date(
    org: list[Path], test_pack: Path, tmp_path: Path, when: str
) -> None:
    """Before the first milestone, on one, between two, after the last: re-judging = scanning at that date."""
    scan(org[:3], test_pack, tmp_path / "a.json", as_of="2024-01-15")
    scan(org[3:], test_pack, tmp_path / "b.json", as_of="2026-02-02")
    expected = scan(org, test_pack, tmp_path / "all.json", as_of=when)
    code, _, err = cli("merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--as-of", when,
                       "-o", str(tmp_path / "merged.json"))
    assert code == 0, err
    merged = json.loads((tmp_path / "merged.json").read_text(encoding="utf-8"))
    assert merged == {k: v for k, v in normalise(expected).items() if k in COMPUTED}


def test_rejudging_moves_severity_and_milestone(week: Report) -> None:
    later = rejudge(week, dt.date(2026, 3, 5))
    jwt = next(f for f in later["findings"] if f["rule_id"] == "TEST-JWT-001" and f["confidence"] == "high")
    assert jwt["severity"] == "critical"
    assert jwt["milestone"] == {"id": "final-stop", "date": "2026-03-01", "title": "Final stop", "days": 4}
    assert later["as_of"] == "2026-03-05" and week["as_of"] == "2026-02-02"  # a copy; the input is untouched
    assert later["summary"]["by_severity"]["critical"] > 0


def test_judge_before_any_milestone_points_at_the_next_one() -> None:
    timeline = [{"id": "a", "date": "2025-01-01", "title": "A"}, {"id": "b", "date": "2026-01-01", "title": "B"}]
    schedule = {"default": "info", "steps": [{"milestone": "b", "severity": "high"}, {"milestone": "a", "severity": "low"}]}
    level, milestone = judge(schedule, timeline, dt.date(2024, 12, 30), "x")
    assert level.label == "info" and milestone == {"id": "a", "date": "2025-01-01", "title": "A", "days": -2}
    assert judge(schedule, timeline, dt.date(2025, 6, 1), "x")[0].label == "low"
    assert judge(schedule, timeline, dt.date(2026, 1, 1), "x")[0].label == "high"
    assert judge({"default": "medium", "steps": []}, timeline, dt.date(2026, 1, 1), "x")[1] is None


def test_reports_without_severity_schedules_cannot_be_rejudged(week: Report) -> None:
    old = copy.deepcopy(week)
    for rule in old["rules"]:
        del rule["severity_schedule"]
    assert merge([("old.json", old)]) == normalise(old)  # fine at its own date
    with pytest.raises(ReportError, match=r"old\.json: rule TEST-\S+ has no severity schedule.*scan again"):
        merge([("old.json", old)], as_of=dt.date(2026, 5, 1))


def test_pack_versions_may_differ_only_when_their_rules_agree(week: Report) -> None:
    roots = [r["root"] for r in week["repos"]]
    a, b = _split(week, set(roots[:2])), _split(week, set(roots[2:]))
    b["packs"][0]["version"] = "1.1"
    assert merge([("a", a), ("b", b)])["packs"][0]["version"] == "1.1"  # identical rules: the newer version
    b["rules"] = copy.deepcopy(b["rules"])
    shared = {r["id"] for r in a["rules"]} & {r["id"] for r in b["rules"]}
    next(r for r in b["rules"] if r["id"] in shared)["title"] = "Changed in 1.1"
    with pytest.raises(ReportError, match=r"pack test-pack: a has version 1\.0, b has 1\.1, and rule TEST-"):
        merge([("a", a), ("b", b)])


def test_a_moved_cutoff_is_refused(week: Report) -> None:
    roots = [r["root"] for r in week["repos"]]
    a, b = _split(week, set(roots[:2])), _split(week, set(roots[2:]))
    b["cutoff"] = "2025-06-01"
    with pytest.raises(ReportError, match="disagree on cutoff"):
        merge([("a", a), ("b", b)])


def test_the_same_repo_with_other_results_is_refused(week: Report) -> None:
    changed = copy.deepcopy(week)
    changed["findings"] = changed["findings"][1:]
    with pytest.raises(ReportError, match=r"repo \S+ is in a\.json and b\.json with different results"):
        merge([("a.json", week), ("b.json", changed)])


def test_a_finding_of_an_unlisted_repo_is_refused(week: Report) -> None:
    broken = copy.deepcopy(week)
    broken["repos"] = broken["repos"][1:]
    with pytest.raises(ReportError, match="not in its repos list"):
        merge([("broken.json", broken)])


def test_extra_sections_add_counts_and_keep_what_all_reports_agree_on(week: Report) -> None:
    roots = [r["root"] for r in week["repos"]]
    a, b = _split(week, set(roots[:2])), _split(week, set(roots[2:]))
    a["policy"] = b["policy"] = {"name": "org"}
    a["baseline"], b["baseline"] = {"path": "x"}, {"path": "y"}
    a["gate"], b["gate"] = {"fail_on": "high", "failed": 2, "warned": 0}, {"fail_on": "high", "failed": 3, "warned": 1}
    merged = merge([("a", a), ("b", b)])
    assert merged["policy"] == {"name": "org"} and "baseline" not in merged
    assert merged["gate"] == {"fail_on": "high", "failed": 5, "warned": 1}
    assert merge([("a", a), ("a again", copy.deepcopy(a))])["gate"]["failed"] == 2  # a duplicate adds nothing
    assert "gate" not in merge([("a", a), ("b", b)], as_of=dt.date(2026, 6, 1))  # judged at the old date


def test_merge_needs_a_report() -> None:
    with pytest.raises(ReportError, match="at least one report"):
        merge([])


def test_merge_command_errors_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    code, _, err = cli("merge", str(tmp_path / "bad.json"))
    assert code == 2 and err.startswith("error: ") and "not JSON" in err and err.count("\n") == 1
    code, _, err = cli("merge", str(tmp_path / "missing.json"))
    assert code == 2 and "cannot read" in err


def test_merge_renders_any_format(week: Report, tmp_path: Path) -> None:
    saved = tmp_path / "week.json"
    code, out, err = cli("merge", str(saved), str(saved), "-f", "text")
    assert code == 0, err
    assert "Integrations" in out
    code, _, err = cli("merge", str(saved), "-f", "html", "-o", str(tmp_path / "m.html"))
    assert code == 0, err
    assert (tmp_path / "m.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_merge_fail_on(week: Report, tmp_path: Path) -> None:
    assert cli("merge", str(tmp_path / "week.json"), "--fail-on", "high", "-o", str(tmp_path / "m.json"))[0] == 1
    assert cli("merge", str(tmp_path / "week.json"), "-o", str(tmp_path / "m.json"))[0] == 0
