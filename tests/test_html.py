"""The HTML reports: self-contained, escaped, deterministic; and in a real headless Chromium: no console
errors, no network, the findings table filters and sorts, it prints. Screenshots go to test-artifacts/."""
from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from auditor import compare
from auditor.reporters import RenderOptions, charts, formats, get
from auditor.reporters.html import render, render_diff, render_trend
from auditor.reporters.html_view import short_names, slug
from tests.browser import ARTIFACTS, Browser, Page, chromium, find_chromium
from tests.conftest import TEST_PACK
from tests.orgscan import NEXT_AS_OF, cli, make_org, next_week, scan

Report = dict[str, Any]
ROOT = Path(__file__).resolve().parent
PLAN = {
    "steps": ["Add an OAuth Server-to-Server credential to the project.",
              {"title": "Switch the token call", "detail": "POST /ims/token/v3 with grant_type=client_credentials"}],
    "snippets": [{"language": "python", "title": "src/auth.py", "before": "jwt.encode(claims, key)",
                  "after": 'requests.post(TOKEN, data={"grant_type": "client_credentials"})'}],
}


@pytest.fixture(scope="module")
def org_reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Saved JSON reports of the five-repo org, a week apart; week 1 has a detailed plan and a suppressed finding."""
    base = tmp_path_factory.mktemp("html")
    pack = base / "pack.yaml"
    pack.write_text(TEST_PACK, encoding="utf-8")
    roots = make_org(base / "org")
    week1 = scan(roots, pack, base / "week1.json")
    week1["integrations"][0]["plan"] = PLAN
    hidden = next(f for f in week1["findings"] if f["confidence"] == "low")
    hidden.update(suppressed=True, suppression={"kind": "inline", "reason": "docs only"})
    (base / "week1.json").write_text(json.dumps(week1), encoding="utf-8")
    next_week(base / "org")
    scan(roots, pack, base / "week2.json", as_of=NEXT_AS_OF)
    return base / "week1.json", base / "week2.json"


@pytest.fixture(scope="module")
def week1(org_reports: tuple[Path, Path]) -> Report:
    data: Report = json.loads(org_reports[0].read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def page_html(week1: Report) -> str:
    return render(week1, RenderOptions())


# --- self-contained, escaped, deterministic -------------------------------------------------------------


class _Structure(HTMLParser):
    """Every non-void element closed in order; ids unique."""

    VOID = {"meta", "br", "input", "img", "hr", "link", "col", "wbr", "source", "area", "base"}
    SVG_VOID = {"line", "rect", "circle", "path"}  # written as <x></x>; tolerated either way

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self.ids += [v for k, v in attrs if k == "id" and v]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'} at {self.getpos()}")
        else:
            self.stack.pop()


def _check_structure(html: str) -> None:
    parser = _Structure()
    parser.feed(html)
    assert not parser.problems, parser.problems[:5]
    assert not parser.stack, parser.stack
    assert len(parser.ids) == len(set(parser.ids)), "duplicate ids"


def _check_self_contained(html: str) -> None:
    """Nothing that loads: no such elements, no such attributes, links only to anchors or https documents."""
    parser = _Structure()
    parser.feed(html)
    loading = {"link", "img", "iframe", "object", "embed", "audio", "video", "base", "image", "use", "source"}
    assert not [t for t, _ in parser.tags if t in loading]
    attrs = [(t, k, v or "") for t, a in parser.tags for k, v in a]
    assert not [a for a in attrs if a[1] in ("src", "srcset", "poster", "action", "formaction", "background",
                                              "xlink:href") or a[1].startswith("on")]
    assert all(v.startswith(("#", "https://")) and t == "a" for t, k, v in attrs if k == "href")
    css = "".join(re.findall(r"<style>(.*?)</style>", html, re.S))
    assert "@import" not in css and "url(" not in css and "@font-face" not in css


def _check_csp(html: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = unescape(csp.group(1))
    assert policy.startswith("default-src 'none';")
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S)
        assert body is not None
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}';" in policy


def test_page_is_self_contained_well_formed_and_locked_down(page_html: str) -> None:
    assert page_html.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    _check_structure(page_html)
    _check_self_contained(page_html)
    _check_csp(page_html)
    assert "@media print" in page_html


def test_user_content_is_escaped(page_html: str, week1: Report) -> None:
    """The org has a file whose line is full of HTML; paths and rule text are escaped too."""
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page_html
    assert "<script>alert" not in page_html and "<img src=x" not in page_html
    hostile = copy.deepcopy(week1)
    evil = '"><svg onload=alert(1)>'
    hostile["findings"][0].update(path=f"src/{evil}.py", message=evil)
    hostile["integrations"][0]["files"].append(f"src/{evil}.py")
    hostile["rules"][0]["remediation"]["links"] = ["javascript:alert(1)", "https://example.com/doc?a=1&b=<2>"]
    hostile["integrations"][0]["plan"] = {"steps": [evil], "snippets": {"sh": evil}}
    html = render(hostile, RenderOptions())
    assert "<svg onload" not in html and "javascript:" not in html
    assert "&#34;&gt;&lt;svg onload=alert(1)&gt;" in html
    assert 'href="https://example.com/doc?a=1&amp;b=&lt;2&gt;"' in html
    _check_structure(html)


def test_output_is_deterministic_and_dated_only_by_the_report(week1: Report) -> None:
    first, second = render(week1, RenderOptions()), render(copy.deepcopy(week1), RenderOptions())
    assert first == second
    if dt.date.today().isoformat() not in json.dumps(week1):
        assert dt.date.today().isoformat() not in first


def test_headline_says_how_many_are_not_migrated_and_how_late(page_html: str) -> None:
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page_html))
    assert ("3 of 5 repositories and 3 of 4 integrations are not migrated to OAuth Server-to-Server, "
            "397 days after the cutoff (2025-01-01).") in text


def test_timeline_marks_every_milestone_the_cutoff_the_hard_stop_and_as_of(page_html: str) -> None:
    svg = re.search(r'<svg class="timeline".*?</svg>', page_html, re.S)
    assert svg is not None
    for title, date in [("Announced", "2023-05-01"), ("No new credentials", "2024-06-03"), ("Cutoff", "2025-01-01"),
                        ("Final stop", "2026-03-01"), ("As of", "2026-02-02")]:
        assert f"<title>{title}: {date}</title>" in svg.group(0)
    assert 'class="marker marker-primary"' in svg.group(0) and 'class="marker marker-hard-stop"' in svg.group(0)
    assert "3 integration(s) due 2026-03-01" in svg.group(0)


def test_migration_plans(page_html: str) -> None:
    plans = page_html[page_html.index('id="plans"'):page_html.index('id="findings"')]
    assert "<li><code>openid</code></li><li><code>AdobeID</code></li><li><code>read_organizations</code></li>" in plans
    assert "<code>openid,AdobeID,read_organizations</code>" in plans
    assert "<code>ent_stocksearch_sdk</code>" in plans
    assert "Copy the scopes from the credential's <em>Scopes</em> tab in the Adobe Developer Console." in plans
    assert "Already on OAuth Server-to-Server" in plans and "server/oauth.js" in plans
    assert "<strong>Switch the token call</strong><br><span>POST /ims/token/v3 with grant_type=client_credentials</span>" in plans
    assert "<pre><code>jwt.encode(claims, key)</code></pre>" in plans and "Before" in plans and "After" in plans
    assert "<li>Add an OAuth Server-to-Server credential to the project.</li>" in plans
    legacy = plans[plans.index("legacy-etl"):]
    assert "<strong>JWT exchange endpoint.</strong> Use OAuth Server-to-Server." in legacy  # without a plan: the rules
    assert '<code class="path">config/app.env</code>, <code class="path">données/配置.yaml</code>' in legacy
    assert "<li>Create the credential.</li>" in legacy


def test_a_detailed_plan_lists_the_changes_per_rule_and_its_scopes_note(week1: Report) -> None:
    report = copy.deepcopy(week1)
    billing = report["integrations"][0]
    billing["plan"] = {"steps": [], "scopes_note": "Scopes mapped from the old credential; confirm them.",
                       "changes": [{"rule_id": "TEST-JWT-001", "title": "JWT exchange", "summary": "Call /ims/token/v3.",
                                    "files": ["src/auth.py", "config/app.env"]}],
                       "snippets": [{"language": "curl", "code": "curl -d grant_type=client_credentials"}]}
    html = render(report, RenderOptions())
    start = html.index(f'id="int-{slug(billing["id"])}"')
    plan = html[start:html.index('<details class="plan', start)]
    assert ("<li><strong>JWT exchange.</strong> Call /ims/token/v3.<br><span class=\"muted small\">in "
            '<code class="path">src/auth.py</code>, <code class="path">config/app.env</code></span>') in plan
    assert "Scopes mapped from the old credential; confirm them." in plan
    assert "<pre><code>curl -d grant_type=client_credentials</code></pre>" in plan
    assert '<details class="how"><summary>How, step by step</summary><ol class="steps"><li>Create the credential.</li>' in plan


def test_findings_table_has_filters_and_sortable_headers(page_html: str, week1: Report) -> None:
    table = page_html[page_html.index('id="findings-table"'):]
    assert table.count("<tr data-severity=") == len(week1["findings"])
    assert table.count('<th scope="col" aria-sort=') == 5
    form = page_html[page_html.index('<form class="filters"'):page_html.index("</form>")]
    for name in ("q", "severity", "repo", "status", "suppressed"):
        assert f'name="{name}"' in form
    assert "9 of 9 findings shown" in page_html  # the suppressed one is hidden until asked for


def test_report_command_renders_saved_json_as_html(org_reports: tuple[Path, Path], tmp_path: Path) -> None:
    code, _, err = cli("report", str(org_reports[0]), "-f", "html", "-o", str(tmp_path / "r.html"))
    assert code == 0, err
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == render(
        json.loads(org_reports[0].read_text(encoding="utf-8")), RenderOptions())
    assert get("html") is render


@pytest.mark.parametrize("fmt", formats())
def test_report_command_rerenders_a_saved_report_in_every_format(org_reports: tuple[Path, Path], fmt: str) -> None:
    code, out, err = cli("report", str(org_reports[0]), "-f", fmt)
    assert code == 0, err
    assert out.strip() and not err


def test_rich_fixture_and_an_empty_report_render(week1: Report) -> None:
    rich = json.loads((ROOT / "fixtures/report_rich.json").read_text(encoding="utf-8"))
    html = render(rich, RenderOptions())
    _check_structure(html)
    _check_self_contained(html)
    assert "Files not scanned, with the reason" in html
    empty = {**copy.deepcopy(week1), "findings": [], "integrations": [], "rules": [],
             "repos": [{**week1["repos"][0], "status": "clean", "integrations": 0}]}
    empty["summary"] = {**week1["summary"], "findings": 0, "by_severity": dict.fromkeys(week1["summary"]["by_severity"], 0)}
    html = render(empty, RenderOptions())
    assert "No JWT service-account integration found in 1 repository." in html
    _check_structure(html)


def test_diff_and_trend_pages(org_reports: tuple[Path, Path]) -> None:
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in org_reports)
    for html in (render_diff(compare.diff(old, new)), render_trend(compare.trend([("a", old), ("b", new)]))):
        _check_structure(html)
        _check_self_contained(html)
        _check_csp(html)


# --- chart geometry ------------------------------------------------------------------------------------


def test_bars_are_proportional() -> None:
    chart = charts.bar_chart([("a", 10, "x"), ("b", 5, "y"), ("c", 0, "z")], "t", width=326)
    assert [b.width for b in chart.bars] == [200.0, 100.0, 0.0]


def test_a_donut_of_one_value_is_a_full_ring() -> None:
    ring = charts.donut([("a", 0, "x"), ("b", 3, "y")], "t")
    assert [a.label for a in ring.arcs] == ["b"] and ring.arcs[0].path.count(" A ") == 4


def test_timeline_labels_never_overlap_and_stay_inside() -> None:
    days = [dt.date(2025, 1, 1) + dt.timedelta(days=d) for d in (0, 3, 6, 400, 401)]
    t = charts.timeline([(f"Milestone {i}", d, "milestone") for i, d in enumerate(days)], [], dt.date(2025, 2, 1),
                        ("not-started",))
    for row in {m.row for m in t.markers}:
        spans = sorted((m.text_x - (len(m.label) * charts.CHAR_WIDTH if m.anchor == "end" else 0),
                        m.text_x + (0 if m.anchor == "end" else len(m.label) * charts.CHAR_WIDTH))
                       for m in t.markers if m.row == row)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans
        assert all(lo >= 0 and hi <= t.width for lo, hi in spans)


def test_timeline_stacks_integrations_by_deadline_and_status() -> None:
    due = [charts.Due(dt.date(2026, 3, 1), s, n) for s, n in
           [("not-started", "a"), ("in-progress", "b"), ("not-started", "c")]]
    t = charts.timeline([("Stop", dt.date(2026, 3, 1), "hard-stop")], due, dt.date(2026, 2, 1),
                        ("not-started", "in-progress", "migrated"))
    (stack,) = t.stacks
    assert stack.total == 3 and [(s.css, s.count) for s in stack.segments] == [("not-started", 2), ("in-progress", 1)]
    assert stack.segments[1].y + stack.segments[1].height == stack.segments[0].y


def test_line_chart_scales_to_a_round_maximum() -> None:
    chart = charts.line_chart([dt.date(2026, 1, 1), dt.date(2026, 1, 8)], [("open", "open", [7, 3])], "t")
    assert [v for _, v in chart.y_ticks] == [0, 2, 4, 6, 8, 10]
    (series,) = chart.series
    assert series.path.startswith("M ") and " L " in series.path


def test_short_repo_names() -> None:
    assert short_names(["/src/org/a", "/src/org/b/c"]) == {"/src/org/a": "a", "/src/org/b/c": "b/c"}
    assert short_names(["only/one"]) == {"only/one": "only/one"}
    assert short_names(["a", "b"]) == {"a": "a", "b": "b"}


# --- in a real browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    binary = find_chromium()
    if binary is None:
        pytest.skip("Chromium not found (/usr/bin/chromium): apt-get install -y chromium (.ci/run installs it)")
    with chromium(binary) as b:
        yield b


@pytest.fixture(scope="module")
def report_page(browser: Browser, page_html: str) -> Page:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "report.html"
    path.write_text(page_html, encoding="utf-8")
    page = browser.new_page()
    page.goto(path.as_uri())
    return page


SHOWN = "Array.from(document.querySelectorAll('#findings-table tbody tr')).filter(r => !r.hidden)"


def _set(page: Page, name: str, value: str | bool) -> None:
    prop = "checked" if isinstance(value, bool) else "value"
    page.evaluate(f"(() => {{ const el = document.querySelector('form.filters [name={name}]'); "
                  f"el.{prop} = {json.dumps(value)}; el.dispatchEvent(new Event('input', {{bubbles: true}})); }})()")


def _shown(page: Page, attr: str = "") -> Any:
    if not attr:
        return page.evaluate(f"{SHOWN}.length")
    return page.evaluate(f"{SHOWN}.map(r => r.dataset.{attr})")


@pytest.mark.browser
def test_page_loads_from_disk_without_errors_or_network(report_page: Page) -> None:
    assert report_page.console_errors == []
    assert report_page.requests == [report_page.evaluate("location.href")]  # the file itself, nothing else
    assert report_page.evaluate("location.protocol") == "file:"
    assert report_page.evaluate("document.querySelectorAll('svg').length") >= 4


@pytest.mark.browser
def test_filtering_the_findings_table(report_page: Page) -> None:
    page = report_page
    page.evaluate("document.querySelector('form.filters').reset()")
    page.evaluate("new Promise(r => setTimeout(r, 10))")
    assert _shown(page) == 9
    _set(page, "q", "legacy-etl")
    assert _shown(page) == 3 and set(_shown(page, "repo")) == {next(iter(set(_shown(page, "repo"))))}
    assert page.evaluate("document.getElementById('findings-count').textContent") == "3 of 9 findings shown"
    _set(page, "q", "")
    _set(page, "severity", "info")
    assert _shown(page, "severity") == ["info", "info"]
    _set(page, "severity", "")
    _set(page, "status", "in-progress")
    assert set(_shown(page, "status")) == {"in-progress"} and _shown(page) == 2
    _set(page, "status", "")
    _set(page, "suppressed", True)
    assert _shown(page) == 10
    _set(page, "q", "no such text anywhere")
    assert _shown(page) == 0 and page.evaluate("document.querySelector('#findings .empty').hidden") is False
    page.evaluate("document.querySelector('form.filters').reset()")
    page.evaluate("new Promise(r => setTimeout(r, 10))")
    assert _shown(page) == 9


@pytest.mark.browser
def test_sorting_by_clicking_a_header(report_page: Page) -> None:
    page = report_page
    click = "document.querySelectorAll('#findings-table thead th')[0].querySelector('button').click()"
    page.evaluate(click)
    assert page.evaluate("document.querySelectorAll('#findings-table thead th')[0].getAttribute('aria-sort')") == "ascending"
    assert page.evaluate("document.querySelectorAll('#findings-table thead th')[3].getAttribute('aria-sort')") == "none"
    ranks = page.evaluate(f"{SHOWN}.map(r => Number(r.cells[0].dataset.sort))")
    assert ranks == sorted(ranks)
    page.evaluate(click)
    ranks = page.evaluate(f"{SHOWN}.map(r => Number(r.cells[0].dataset.sort))")
    assert ranks == sorted(ranks, reverse=True) and ranks[0] > ranks[-1]


@pytest.mark.browser
def test_screenshots_and_print(report_page: Page) -> None:
    shot = report_page.screenshot(ARTIFACTS / "report.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    report_page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert report_page.evaluate("Array.from(document.querySelectorAll('details')).every(d => d.open)")
    report_page.screenshot(ARTIFACTS / "report-print.png", media="print")
    pdf = report_page.pdf(ARTIFACTS / "report.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    report_page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not report_page.evaluate("document.querySelector('details.plan-migrated').open")
    assert report_page.console_errors == []


@pytest.mark.browser
def test_diff_and_trend_pages_in_the_browser(browser: Browser, org_reports: tuple[Path, Path]) -> None:
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in org_reports)
    pages = {"diff": render_diff(compare.diff(old, new)), "trend": render_trend(compare.trend([("a", old), ("b", new)]))}
    for name, html in pages.items():
        path = ARTIFACTS / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        page = browser.new_page()
        page.goto(path.as_uri())
        assert page.console_errors == [] and page.requests == [path.as_uri()]
        page.screenshot(ARTIFACTS / f"{name}.png")
