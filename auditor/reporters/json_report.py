"""`json`: the report contract itself."""
from __future__ import annotations

from auditor.report import dumps
from auditor.reporters import RenderOptions, Report


def render(report: Report, options: RenderOptions) -> str:
    return dumps(report)
