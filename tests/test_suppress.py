"""Inline suppressions: where an ignore is recognised, which lines it covers, and how it is judged."""
from __future__ import annotations

import datetime as dt

import pytest

from auditor import suppress
from auditor.model import Finding, Severity

AS_OF = dt.date(2026, 1, 15)


def finding(line: int, rule: str = "X-JWT-001", end_line: int | None = None, path: str = "app.py",
            repo: str = ".") -> Finding:
    return Finding(rule_id=rule, pack="p", kind="deprecated-jwt", severity=Severity.HIGH, confidence="high",
                   message="m", path=path, line=line, column=1, end_line=end_line or line, snippet="s",
                   fingerprint=f"fp{path}{line}{rule}", repo=repo)


def covered(text: str, path: str, line: int, rule: str = "X-JWT-001", end_line: int | None = None) -> bool:
    ignores = suppress.find_ignores(text, path)
    return any(i.covers(finding(line, rule, end_line, path)) for i in ignores)


# ---- recognised: the marker must be in a comment of the file's language -------------------------------


@pytest.mark.parametrize(("path", "text"), [
    ("a.py", 'x = post(URL)  # jwt-audit: ignore[X-JWT-001] legacy\n'),
    ("a.js", 'post(URL); // jwt-audit: ignore[X-JWT-001] legacy\n'),
    ("a.java", 'post(URL); /* jwt-audit: ignore[X-JWT-001] legacy */\n'),
    ("a.sql", "select 1; -- jwt-audit: ignore[X-JWT-001] legacy\n"),
    ("a.ini", "url = x ; jwt-audit: ignore[X-JWT-001] legacy\n"),
    ("a.yaml", "url: x  # jwt-audit: ignore[X-JWT-001] legacy\n"),
    ("Dockerfile", "RUN curl x  # jwt-audit: ignore[X-JWT-001] legacy\n"),
    ("a.unknownext", "url x  # jwt-audit: ignore[X-JWT-001] legacy\n"),
    ("a.md", "url x <!-- jwt-audit: ignore[X-JWT-001] legacy -->\n"),
])
def test_trailing_comment_is_recognised(path: str, text: str) -> None:
    ignores = suppress.find_ignores(text, path)
    assert [(i.rules, i.line, i.reason) for i in ignores] == [(("X-JWT-001",), 1, "legacy")]


@pytest.mark.parametrize(("path", "text"), [
    ("a.py", 'x = "# jwt-audit: ignore[X-JWT-001] in a string"\n'),
    ("a.py", "x = 1  // jwt-audit: ignore[X-JWT-001] not a Python comment\n"),
    ("a.js", "x = 1  # jwt-audit: ignore[X-JWT-001] not a JavaScript comment\n"),
    ("a.json", '{"url": "x"}  // jwt-audit: ignore[X-JWT-001] JSON has no comments\n'),
    ("a.py", "x = 1  # jwt-audit: ignore X-JWT-001 without brackets\n"),
    ("a.py", "x = 1  # jwt-audit ignore[X-JWT-001] without the colon\n"),
])
def test_not_a_comment_or_not_the_syntax_is_untouched(path: str, text: str) -> None:
    assert suppress.find_ignores(text, path) == []


def test_reason_until_and_several_rules_are_parsed() -> None:
    text = "# jwt-audit: ignore[x-jwt-001, X-KEY-002] until=2026-12-31 - batch job, owner @ops\nx()\n"
    (ig,) = suppress.find_ignores(text, "a.py")
    assert ig.rules == ("X-JWT-001", "X-KEY-002")
    assert ig.until == dt.date(2026, 12, 31)
    assert ig.reason == "batch job, owner @ops"
    assert not ig.error


def test_malformed_until_is_an_error_not_a_silent_forever() -> None:
    (ig,) = suppress.find_ignores("x()  # jwt-audit: ignore[X-JWT-001] until=soon reason\n", "a.py")
    assert "until=soon" in ig.error
    assert suppress.judge(ig, suppress.Rules(AS_OF)) == ig.error


# ---- which lines an ignore covers ----------------------------------------------------------------------


def test_same_line_covers_that_line_only() -> None:
    text = "a()\nb()  # jwt-audit: ignore[X-JWT-001] r\nc()\n"
    assert [covered(text, "a.py", n) for n in (1, 2, 3)] == [False, True, False]


def test_line_above_covers_the_next_statement_and_its_own_line() -> None:
    text = "# jwt-audit: ignore[X-JWT-001] r\nb()\nc()\n"
    assert [covered(text, "a.py", n) for n in (1, 2, 3)] == [True, True, False]


def test_line_above_covers_a_multi_line_statement_up_to_its_closing_bracket() -> None:
    text = ("# jwt-audit: ignore[X-JWT-001] r\n"
            "resp = requests.post(\n"
            "    URL,\n"
            "    data={'a': (1, 2)},\n"
            ")\n"
            "other = requests.post(URL)\n")
    assert [covered(text, "a.py", n) for n in range(1, 7)] == [True, True, True, True, True, False]


def test_trailing_ignore_on_the_first_line_covers_the_statement() -> None:
    text = "resp = post(  // jwt-audit: ignore[*] r\n  URL,\n);\nnext(URL);\n"
    assert [covered(text, "a.js", n) for n in range(1, 5)] == [True, True, True, False]


def test_backslash_continuation_is_one_statement() -> None:
    text = "# jwt-audit: ignore[X-JWT-001] r\ncurl -X POST \\\n  https://x/ims/exchange/jwt\necho done\n"
    assert [covered(text, "a.sh", n) for n in range(2, 5)] == [True, True, False]


def test_stacked_ignore_comments_reach_the_statement_but_a_blank_line_stops() -> None:
    text = "# jwt-audit: ignore[X-JWT-001] r\n# jwt-audit: ignore[X-KEY-001] r\nkey = load()\n"
    assert covered(text, "a.py", 3, "X-JWT-001") and covered(text, "a.py", 3, "X-KEY-001")
    assert not covered("# jwt-audit: ignore[X-JWT-001] r\n\nb()\n", "a.py", 3)


def test_brackets_inside_strings_do_not_extend_the_statement() -> None:
    text = '# jwt-audit: ignore[X-JWT-001] r\nx = post("(((")\ny = post(URL)\n'
    assert [covered(text, "a.py", n) for n in (2, 3)] == [True, False]


def test_a_multi_line_finding_containing_the_ignore_line_is_covered() -> None:
    text = "a = [\n  'x',  # jwt-audit: ignore[X-JWT-001] r\n]\n"
    assert covered(text, "a.py", 1, end_line=3)


def test_rule_ids_must_match_unless_star() -> None:
    text = "x()  # jwt-audit: ignore[X-KEY-001] r\ny()  # jwt-audit: ignore[*] r\n"
    assert not covered(text, "a.py", 1, "X-JWT-001")
    assert covered(text, "a.py", 2, "X-JWT-001")


# ---- applying: used, stale, expired, rejected ----------------------------------------------------------


def apply(text: str, findings: list[Finding], rules: suppress.Rules) -> tuple[list[Finding], dict[str, list]]:
    out, verdicts = suppress.apply(findings, suppress.find_ignores(text, "app.py"), rules)
    summary = suppress.summary(verdicts, rules)
    return out, {k: summary[k] for k in ("used", "stale", "expired", "rejected")}


def test_suppressed_findings_are_kept_and_say_why() -> None:
    text = "a()\nb()  # jwt-audit: ignore[X-JWT-001] legacy job until=2026-12-31\n"
    out, s = apply(text, [finding(1), finding(2)], suppress.Rules(AS_OF))
    assert [f.suppressed for f in out] == [False, True]
    assert out[1].suppression == {"kind": "inline", "rule": "X-JWT-001", "reason": "legacy job",
                                  "until": "2026-12-31", "line": 2, "source": "app.py:2"}
    assert [(u["line"], u["findings"]) for u in s["used"]] == [(2, 1)]


def test_an_ignore_that_matches_nothing_is_stale() -> None:
    text = "a()  # jwt-audit: ignore[X-KEY-001] old\n"
    out, s = apply(text, [finding(1)], suppress.Rules(AS_OF))
    assert not out[0].suppressed
    assert [x["source"] for x in s["stale"]] == ["app.py:1"] and s["used"] == []


@pytest.mark.parametrize(("as_of", "applies"), [(dt.date(2026, 12, 31), True), (dt.date(2027, 1, 1), False)])
def test_expiry_date_is_the_last_day_it_applies(as_of: dt.date, applies: bool) -> None:
    text = "a()  # jwt-audit: ignore[X-JWT-001] r until=2026-12-31\n"
    out, s = apply(text, [finding(1)], suppress.Rules(as_of))
    assert out[0].suppressed is applies
    assert len(s["expired"]) == (0 if applies else 1)


def test_require_reason_rejects_an_ignore_without_one() -> None:
    text = "a()  # jwt-audit: ignore[X-JWT-001]\nb()  # jwt-audit: ignore[X-JWT-001] why\n"
    out, s = apply(text, [finding(1), finding(2)], suppress.Rules(AS_OF, require_reason=True))
    assert [f.suppressed for f in out] == [False, True]
    assert "reason is required" in s["rejected"][0]["why"]


def test_no_inline_ignores_and_policy_forbid_reject_every_inline_ignore() -> None:
    text = "a()  # jwt-audit: ignore[X-JWT-001] r\n"
    out, s = apply(text, [finding(1)], suppress.Rules(AS_OF, inline=False))
    assert not out[0].suppressed and "turned off" in s["rejected"][0]["why"]
    out, s = apply(text, [finding(1)], suppress.Rules(AS_OF, forbidden_by="org-policy.yml"))
    assert not out[0].suppressed and "forbidden by org-policy.yml" in s["rejected"][0]["why"]


# ---- sidecars (JSON) and config suppressions -----------------------------------------------------------


def test_sidecar_ignores_by_key_path_line_or_whole_file() -> None:
    text = ("# ignores for creds.json\n"
            "ignore[X-JWT-001] at=jwt.endpoint legacy tenant until=2026-12-31\n"
            "jwt-audit: ignore[X-KEY-001] line=7 test key\n"
            "ignore[*] whole file\n"
            "nonsense\n")
    igs = suppress.find_sidecar_ignores(text, "conf/creds.json.jwt-audit-ignore")
    assert [(i.path, i.rules, i.at, i.reason) for i in igs[:3]] == [
        ("conf/creds.json", ("X-JWT-001",), "jwt.endpoint", "legacy tenant"),
        ("conf/creds.json", ("X-KEY-001",), "7", "test key"),
        ("conf/creds.json", ("*",), None, "whole file"),
    ]
    assert igs[3].error
    f = finding(3, path="conf/creds.json")
    assert igs[0].covers(f, "jwt.endpoint") and not igs[0].covers(f, "jwt.other")
    assert igs[1].covers(finding(7, "X-KEY-001", path="conf/creds.json"))
    assert igs[2].covers(f) and not igs[2].covers(finding(3, path="other.json"))


def test_config_suppressions_match_path_globs() -> None:
    (ig,) = suppress.from_config([{"rule": "x-jwt-001", "path": "legacy/**", "reason": "frozen"}], ".jwt-audit.yml")
    assert ig.kind == "config" and ig.source == ".jwt-audit.yml suppressions[0]"
    assert ig.covers(finding(1, path="legacy/a/b.py")) and not ig.covers(finding(1, path="src/b.py"))
