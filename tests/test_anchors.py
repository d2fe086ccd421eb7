"""Anchored matching (auditor/anchors.py) finds exactly what `re.finditer` finds, on real files and random text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import anchors, engine
from auditor.ruleset import load_rules
from auditor.scanners.documents import decode

TESTS = Path(__file__).resolve().parent
RULES = load_rules()
REGEXES = sorted({(rx.pattern, rx.flags): rx for rx in (
    [r.match.regex for r in RULES.rules]
    + [c.regex for r in RULES.rules for c in (*r.match.context, *r.match.unless)]
    + [rx for p in RULES.packs for rx in p.id_patterns])}.items())
METASCOPES = [engine._metascope_regex(p) for p in RULES.packs if p.api_map]  # anchors set, not analysed
ANCHORED = [(key, rx) for key, rx in REGEXES if rx.anchors] + [((rx.pattern, rx.flags), rx) for rx in METASCOPES]


def spans(rx: re.Pattern[str], matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def check(text: str) -> None:
    occurrences = anchors.occurrences(text)
    if occurrences is None:  # not trusted (a folding character): the engine runs the regex whole
        assert any(ch in text for ch in anchors.FOLDS_TO_ASCII)
        return
    for (pattern, _flags), rx in ANCHORED:
        starts = anchors.starts(rx.anchors or (), text, occurrences, 10**9)
        assert starts is not None
        got = spans(rx.compiled, anchors.finditer(rx.compiled, text, starts))
        assert got == spans(rx.compiled, rx.compiled.finditer(text)), pattern


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"/ims/exchange/jwt", (("/ims/exchange/jwt", 0, 0),)),
    (r"(?i)(?:https?://)?ims-na1\.adobelogin\.com", (("ims-na1.adobelogin.com", 0, 8),)),
    (r"[\w.]+@techacct\.adobe\.com", (("@techacct.adobe.com", 1, None),)),  # unbounded, newline-free prefix
    (r"(?i)jwt_token\s*=|client_credentials", (("jwt_token", 0, 0), ("client_credentials", 0, 0))),
    (r"\s*jwt_token", None),  # the prefix can hold a newline and is unbounded: no anchor
    (r"jwt|x", None),  # a branch without a literal of 3 characters
    (r"(?:abc)?", None),  # can match the empty string
    (r"(?<=abc)def(?=ghi)", (("def", 0, 0),)),  # lookarounds are not part of the match
    (r"(a)\1xyz", None),  # back-references are not modelled
    (r"\b(?:RS|ES|PS)(?:256|384|512)\b", tuple((a + n, 0, 0) for a in ("es", "ps", "rs") for n in ("256", "384", "512"))),
    (r"(?i)(foo|bar)baz", (("barbaz", 0, 0), ("foobaz", 0, 0))),  # alternatives of one length join a run
    (r"x(?:jwt|oauth)y", (("xjwt", 0, 0), ("xoauth", 0, 0))),  # of different lengths: they end the run
    (r"ab(?:c|de)fghij", (("fghij", 3, 4),)),  # and what follows has a range of offsets
])
def test_anchor_analysis(pattern: str, expected: object) -> None:
    assert anchors.anchors(pattern, re.MULTILINE) == expected


def test_most_rule_regexes_are_anchored() -> None:
    assert len(ANCHORED) - len(METASCOPES) >= 0.9 * len(REGEXES)
    assert METASCOPES and all(rx.anchors for rx in METASCOPES)


def real_files() -> list[Path]:
    roots = [TESTS / "corpus", TESTS / "corpus_holdout", TESTS / "fixtures" / "rules", TESTS.parent / "sample_configs"]
    roots += sorted(TESTS.glob("corpus_blind_*"))
    return [p for root in roots if root.is_dir() for p in sorted(root.rglob("*"))
            if p.is_file() and p.stat().st_size < 1 << 20]


def test_same_matches_as_finditer_on_every_real_file() -> None:
    files = real_files()
    assert len(files) > 300
    for path in files:
        text, _ = decode(path.read_bytes())
        check(text)


def test_same_matches_when_literals_are_found_without_a_lower_cased_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anchors, "LOWER_COPY_LIMIT", 0)  # the path of a text too big to copy
    for path in real_files()[::5]:
        check(decode(path.read_bytes())[0])
    check("x" + "JWT.encode(" * 3 + "\n")


def test_a_literal_known_to_be_absent_is_not_searched_for() -> None:
    found = anchors.occurrences("adobelogin.com adobelogin.com", present=frozenset({"adobelogin"}))
    assert found is not None
    assert found.get("adobelogin") == [0, 15] and found.get("adobelogin.com") == []


WORDS = sorted({lit for _, rx in ANCHORED for lit, _, _ in rx.anchors or ()}) + [
    "https://", "ims-na1.adobelogin.com", "/ims/exchange/jwt", "@AdobeOrg", "ent_analytics_bulk_ingest_sdk",
    "jwt.encode(", '"', "'", "=", ": ", "\n", "\r\n", " ", "\t", "_", ".", "/", "/c/", "/s/", "{", "}", "(", ")",
    "K", "\u212a", "é", "İ", "-----BEGIN PRIVATE KEY-----", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=40))
def test_same_matches_as_finditer_on_random_text(parts: list[str]) -> None:
    text = "".join(parts)
    check(text)
    check(text.upper())
