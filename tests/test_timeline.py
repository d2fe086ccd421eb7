"""Severity is judged at the as-of date against the pack's milestones; --cutoff moves the primary one."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.model import Severity
from auditor.ruleset import load_rules
from auditor.timeline import describe, severity_at, with_cutoff


@pytest.fixture
def rules(test_pack: Path):  # type: ignore[no-untyped-def]
    return load_rules([test_pack], builtin=False)


@pytest.mark.parametrize(("as_of", "level", "milestone", "days"), [
    ("2023-01-01", Severity.INFO, "announced", -120),     # before every milestone: default, next step named
    ("2023-05-01", Severity.LOW, "announced", 0),
    ("2024-03-01", Severity.LOW, "announced", 305),
    ("2024-06-03", Severity.MEDIUM, "no-new", 0),
    ("2025-01-01", Severity.HIGH, "cutoff", 0),
    ("2025-12-31", Severity.HIGH, "cutoff", 364),
    ("2026-03-01", Severity.CRITICAL, "final-stop", 0),
    ("2026-11-28", Severity.CRITICAL, "final-stop", 272),
])
def test_severity_steps_at_each_milestone(rules, as_of: str, level: Severity, milestone: str, days: int) -> None:  # type: ignore[no-untyped-def]
    rule = rules.rule("TEST-JWT-001")
    sev, ref = severity_at(rule, rules.pack("test-pack"), dt.date.fromisoformat(as_of))
    assert sev == level
    assert ref is not None and ref.id == milestone and ref.days == days


def test_fixed_severity_has_no_milestone(rules) -> None:  # type: ignore[no-untyped-def]
    sev, ref = severity_at(rules.rule("TEST-OAUTH-001"), rules.pack("test-pack"), dt.date(2026, 1, 1))
    assert (sev, ref) == (Severity.INFO, None)


def test_cutoff_moves_the_primary_milestone(rules) -> None:  # type: ignore[no-untyped-def]
    pack = with_cutoff(rules.pack("test-pack"), dt.date(2025, 6, 30))
    rule = rules.rule("TEST-JWT-001")
    assert severity_at(rule, pack, dt.date(2025, 3, 1))[0] == Severity.MEDIUM
    assert severity_at(rule, pack, dt.date(2025, 7, 1))[0] == Severity.HIGH
    assert [m.id for m in pack.timeline] == ["announced", "no-new", "cutoff", "final-stop"]


def test_describe_says_days_since_or_until(rules) -> None:  # type: ignore[no-untyped-def]
    _, ref = severity_at(rules.rule("TEST-JWT-001"), rules.pack("test-pack"), dt.date(2025, 1, 11))
    assert describe(ref) == "Cutoff (2025-01-01, 10 days ago)"
