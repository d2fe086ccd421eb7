"""`html`: one self-contained page (CSS, JS and SVG charts inline; nothing fetched), rendered with Jinja2."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from auditor.reporters import RenderOptions, Report, charts
from auditor.reporters.html_view import STATUS_ORDER, base_folder, report_view, short_names

TEMPLATES = "templates"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("auditor", TEMPLATES),
        autoescape=True,  # every dynamic string is escaped: reports carry user paths and code snippets
        undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters["plural"] = plural
    env.filters["safe_url"] = safe_url
    return env


def plural(n: int, word: str, many: str = "") -> str:
    """`1 repository`, `3 repositories`."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {many or word + 's'}"


def safe_url(url: str) -> str:
    """Only http(s) links become links; anything else (javascript:, data:) is dropped."""
    return url if url.startswith(("https://", "http://")) else ""


def _asset(name: str) -> tuple[Markup, str]:
    """A template-folder file to inline, and its CSP hash (so only our own inline code may run)."""
    loader = environment().loader
    assert loader is not None
    text = loader.get_source(environment(), name)[0]
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"  # noqa: S704 - our own packaged CSS/JS, not report data


def page(template: str, **context: Any) -> str:
    """Render `template` with the stylesheet and script inlined and a CSP that blocks everything else."""
    css, css_hash = _asset("report.css")
    js, js_hash = _asset("report.js")
    csp = (f"default-src 'none'; style-src {css_hash}; script-src {js_hash}; "
           "base-uri 'none'; form-action 'none'")
    return environment().get_template(template).render(css=css, js=js, csp=csp, **context)


def render(report: Report, options: RenderOptions) -> str:
    return page("report.html.j2", v=report_view(report), title=options.title)


def render_diff(result: Report) -> str:
    """The HTML page of `jwt-audit diff`."""
    repos = {x["repo"] for group in ("findings", "integrations") for items in result[group].values() for x in items}
    repos.update(result["repos"]["added"] + result["repos"]["dropped"])
    names = short_names(sorted(repos))
    return page("diff.html.j2", d=result, title="jwt-audit diff", names=names, repo_base=base_folder(names))


def render_trend(result: Report) -> str:
    """The HTML page of `jwt-audit trend`: open integrations by status over time, and the same as a table."""
    points = result["points"]
    dates = [dt.date.fromisoformat(p["as_of"]) for p in points]
    series = [(s, s, [p["integrations"][s] for p in points]) for s in STATUS_ORDER[:3]]
    series.append(("open (not migrated)", "open", [p["open_integrations"] for p in points]))
    chart = charts.line_chart(dates, series, "Integrations by status over time")
    return page("trend.html.j2", t=result, chart_data=chart, title="jwt-audit trend")
