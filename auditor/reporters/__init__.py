"""Output formats: each reporter is a pure `render(report, options) -> str` over the JSON report dict."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

Report = dict[str, Any]


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    verbose: bool = False
    category: str = ""          # SARIF runAutomationDetails / CI job category
    title: str = "jwt-audit report"


Reporter = Callable[[Report, RenderOptions], str]

# format name -> module in auditor.reporters exposing `render`; imported on first use.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "gitlab": "gitlab",
    "markdown": "markdown",
    "csv": "csv_report",
    "html": "html",
}


def formats() -> list[str]:
    return list(FORMATS)


def get(name: str) -> Reporter:
    """The reporter for a format name (KeyError when unknown)."""
    module = import_module(f"auditor.reporters.{FORMATS[name]}")
    render: Reporter = module.render
    return render
