"""`jwt-audit diff` and `jwt-audit trend` over real scans of the same org a week apart."""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from auditor import compare
from auditor.errors import ReportError
from tests.orgscan import AS_OF, NEXT_AS_OF, cli, make_org, next_week, scan

Report = dict[str, Any]


@pytest.fixture
def weeks(tmp_path: Path, test_pack: Path) -> tuple[Path, Path]:
    """Saved reports of week 1 and week 2."""
    roots = make_org(tmp_path / "org")
    scan(roots, test_pack, tmp_path / "week1.json")
    next_week(tmp_path / "org")
    (tmp_path / "org/legacy-etl/etl/run.py").write_text(  # lines move: the same finding, one line lower
        "# header\n" + (tmp_path / "org/legacy-etl/etl/run.py").read_text(encoding="utf-8"), encoding="utf-8")
    scan(roots, test_pack, tmp_path / "week2.json", as_of=NEXT_AS_OF)
    return tmp_path / "week1.json", tmp_path / "week2.json"


def _load(path: Path) -> Report:
    data: Report = json.loads(path.read_text(encoding="utf-8"))
    return data


def _where(findings: list[Report]) -> set[tuple[str, str, str]]:
    return {(f["repo"].rsplit("/", 1)[-1], f["path"], f["rule_id"]) for f in findings}


def test_diff_finds_new_fixed_and_still_open(weeks: tuple[Path, Path]) -> None:
    result = compare.diff(_load(weeks[0]), _load(weeks[1]))
    f = result["findings"]
    assert _where(f["new"]) == {("data-sync", "legacy.py", "TEST-JWT-001")}
    assert {(repo, path) for repo, path, _ in _where(f["fixed"])} == {
        ("billing-api", "keys/private.key"), ("web-portal", "server/token.js")}
    moved = next(x for x in f["open"] if x["path"] == "etl/run.py")
    assert moved["line"] == 3  # moved down a line, matched by fingerprint: still open, not fixed + new
    assert not f["not_rescanned"]
    assert result["days"] == 7 and result["old"]["as_of"] == AS_OF and result["new"]["as_of"] == NEXT_AS_OF


def test_diff_shows_integrations_whose_status_moved_and_progress(weeks: tuple[Path, Path]) -> None:
    result = compare.diff(_load(weeks[0]), _load(weeks[1]))
    moved = {m["repo"].rsplit("/", 1)[-1]: (m["from"], m["to"]) for m in result["integrations"]["moved"]}
    assert moved == {"web-portal": ("in-progress", "migrated"), "data-sync": ("migrated", "in-progress")}
    p = result["progress"]
    assert p["migrated"] == 1
    assert p["integrations"] == {"old": {"not-started": 2, "in-progress": 1, "migrated": 1},
                                 "new": {"not-started": 2, "in-progress": 1, "migrated": 1}}
    assert {i["repo"].rsplit("/", 1)[-1] for i in result["integrations"]["open"]} == {
        "billing-api", "legacy-etl", "data-sync"}


def test_repos_missing_from_new_are_not_counted_as_fixed(weeks: tuple[Path, Path]) -> None:
    old, new = _load(weeks[0]), _load(weeks[1])
    gone = next(r["root"] for r in new["repos"] if r["root"].endswith("legacy-etl"))
    new["repos"] = [r for r in new["repos"] if r["root"] != gone]
    new["findings"] = [f for f in new["findings"] if f["repo"] != gone]
    new["integrations"] = [i for i in new["integrations"] if i["repo"] != gone]
    result = compare.diff(old, new)
    assert result["repos"]["dropped"] == [gone]
    assert not [f for f in result["findings"]["fixed"] if f["repo"] == gone]
    assert {f["repo"] for f in result["findings"]["not_rescanned"]} == {gone}
    assert [i["repo"] for i in result["integrations"]["not_rescanned"]] == [gone]
    assert not result["integrations"]["removed"] and result["progress"]["removed"] == 0


def test_a_deleted_integration_counts_as_removed(weeks: tuple[Path, Path]) -> None:
    old, new = _load(weeks[0]), _load(weeks[1])
    billing = next(i for i in new["integrations"] if i["repo"].endswith("billing-api"))
    new["integrations"] = [i for i in new["integrations"] if i is not billing]
    result = compare.diff(old, new)
    assert [i["id"] for i in result["integrations"]["removed"]] == [billing["id"]]
    assert result["progress"]["removed"] == 1


def test_suppressed_findings_are_not_open(weeks: tuple[Path, Path]) -> None:
    old, new = _load(weeks[0]), _load(weeks[1])
    new = copy.deepcopy(new)
    for f in new["findings"]:
        f["suppressed"] = True
    result = compare.diff(old, new)
    assert not result["findings"]["open"] and not result["findings"]["new"]


def test_diff_text_markdown_json_and_html(weeks: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = map(str, weeks)
    code, text, err = cli("diff", old, new)
    assert code == 0, err
    assert text.startswith(f"jwt-audit diff: {AS_OF} -> {NEXT_AS_OF} (7 days)\n")
    assert "1 integration(s) migrated" in text and "Integrations whose status moved (2)" in text
    assert "in-progress -> migrated" in text and "New findings (1)" in text and "legacy.py:1" in text

    code, md, _ = cli("diff", old, new, "-f", "markdown")
    assert md.startswith("## jwt-audit diff") and "### New findings (1)" in md and "| severity | rule |" in md

    code, js, _ = cli("diff", old, new, "-f", "json")
    assert json.loads(js)["progress"]["migrated"] == 1

    code, _, err = cli("diff", old, new, "-f", "html", "-o", str(tmp_path / "diff.html"))
    assert code == 0, err
    page = (tmp_path / "diff.html").read_text(encoding="utf-8")
    assert "<h1>Migration progress</h1>" in page and "Integrations whose status moved" in page
    assert "<script>alert" not in page


def test_diff_fail_on_new_findings(weeks: tuple[Path, Path]) -> None:
    old, new = map(str, weeks)
    assert cli("diff", old, new, "--fail-on", "high")[0] == 1  # the new JWT call in data-sync is high
    assert cli("diff", old, new, "--fail-on", "critical")[0] == 0
    assert cli("diff", new, new, "--fail-on", "info")[0] == 0  # nothing is new


def test_markdown_cells_cannot_break_the_table() -> None:
    assert compare.md_table(["a"], [["x | y `z` <b>"]]).splitlines()[-1] == "| x \\| y \\`z\\` \\<b> |"


def test_text_table_pads_columns() -> None:
    assert compare.text_table(["a", "bb"], [["ccc", "d"]]) == "a    bb\n---  --\nccc  d"
    assert compare.text_table(["path", "n"], [["配置", "1"], ["ab", "2"]]).splitlines()[2:] == ["配置  1", "ab    2"]


# --- trend ---------------------------------------------------------------------------------------------


def test_trend_orders_reports_by_scan_date(weeks: tuple[Path, Path]) -> None:
    result = compare.trend([("w2", _load(weeks[1])), ("w1", _load(weeks[0]))])
    assert [p["as_of"] for p in result["points"]] == [AS_OF, NEXT_AS_OF]
    assert [p["source"] for p in result["points"]] == ["w1", "w2"]
    first = result["points"][0]
    assert first["integrations"] == {"not-started": 2, "in-progress": 1, "migrated": 1}
    assert first["open_integrations"] == 3 and first["repos_not_migrated"] == 3 and first["repos"] == 5


def test_trend_refuses_two_reports_of_one_date(weeks: tuple[Path, Path]) -> None:
    with pytest.raises(ReportError, match=f"a, b are all as of {AS_OF}; merge them first"):
        compare.trend([("a", _load(weeks[0])), ("b", _load(weeks[0]))])


def test_trend_formats(weeks: tuple[Path, Path], tmp_path: Path) -> None:
    new, old = map(str, reversed(weeks))
    code, text, err = cli("trend", new, old)
    assert code == 0, err
    lines = text.splitlines()
    assert lines[1].split() == ["as", "of", "not-started", "in-progress", "migrated", "open", "integrations",
                                "critical", "high", "medium", "low", "info", "repos", "not", "migrated"]
    assert lines[3].split()[:5] == [AS_OF, "2", "1", "1", "3"]
    assert lines[4].startswith(NEXT_AS_OF)

    code, md, _ = cli("trend", new, old, "-f", "markdown")
    assert f"| {AS_OF} | 2 | 1 | 1 | 3 |" in md

    code, _, err = cli("trend", new, old, "-f", "html", "-o", str(tmp_path / "trend.html"))
    assert code == 0, err
    page = (tmp_path / "trend.html").read_text(encoding="utf-8")
    assert page.count('class="line stroke-') == 4  # not-started, in-progress, migrated, open
    assert f"open (not migrated) on {AS_OF}: 3" in page

    assert json.loads(cli("trend", old, "-f", "json")[1])["points"][0]["as_of"] == AS_OF


def test_compare_unknown_format_is_a_report_error() -> None:
    with pytest.raises(ReportError, match="unknown format 'yaml'"):
        compare.render_trend({"points": []}, "yaml")
