"""The prefilter only saves work: every finding a rule makes on a file with no prefilter is still made with it."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from auditor import prefilter
from auditor.engine import Matcher
from auditor.prefilter import Prefilter
from auditor.ruleset import load_rules

ROOT = Path(__file__).resolve().parent
FILES = sorted(p for base in (ROOT / "fixtures" / "rules", ROOT / "corpus") for p in base.rglob("*")
               if p.is_file() and not p.name.endswith(".expected"))


class _Everything(Prefilter):
    """A prefilter that lets every file through with every keyword: what the rules alone would do."""

    def hits(self, data: bytes) -> frozenset[str]:
        return frozenset(self.keywords)


@pytest.fixture(scope="module")
def matchers() -> tuple[Matcher, Matcher]:
    rs = load_rules()
    packs = {p.name: p for p in rs.packs}
    fast = Matcher(rs.rules, packs, dt.date(2026, 11, 28), 64 << 20)
    slow = Matcher(rs.rules, packs, dt.date(2026, 11, 28), 64 << 20)
    slow._prefilter = _Everything(fast._prefilter.keywords)
    return fast, slow


def _found(m: Matcher, path: Path) -> set[tuple[str, int, str]]:
    out = m.scan_bytes(".", path.name, path.read_bytes())
    return {(f.path, f.line, f.rule_id) for f in out.findings}


def test_prefilter_never_drops_a_finding(matchers: tuple[Matcher, Matcher]) -> None:
    fast, slow = matchers
    assert len(FILES) > 300
    missed = {str(p.relative_to(ROOT)): sorted(_found(slow, p) - _found(fast, p)) for p in FILES}
    assert {k: v for k, v in missed.items() if v} == {}


@pytest.mark.parametrize("engine", ["find", "hyperscan", "ahocorasick"])
def test_every_engine_agrees(engine: str) -> None:
    if {"hyperscan": prefilter._hs, "ahocorasick": prefilter._ac}.get(engine, True) is None:
        pytest.skip(f"{engine} wheel not installed on this platform")
    keywords = ["exchange/jwt", "@adobe/jwt-auth", "client_credentials", "meta_scopes", "ent_"]
    pf = Prefilter(keywords, engine=engine)
    assert pf.engine == engine
    assert pf.hits(b"POST /ims/EXCHANGE/JWT\n") == {"exchange/jwt"}
    assert pf.hits(b'"@Adobe/JWT-Auth": "^2", grant_type=CLIENT_CREDENTIALS') == {
        "@adobe/jwt-auth", "client_credentials", "ent_"}  # cli-ENT_credentials: a substring is a hit
    assert pf.hits(b"nothing here") == frozenset()
    assert pf.hits(b"meta_scopes: ent_x") == {"meta_scopes", "ent_"}


@pytest.mark.parametrize("engine", ["find", "hyperscan", "ahocorasick"])
def test_the_fast_path_question_is_the_same_on_every_engine(engine: str) -> None:
    """needs_scan: a keyword, a NUL byte anywhere, or a start the engine must see (zip, UTF-16 BOM)."""
    if {"hyperscan": prefilter._hs, "ahocorasick": prefilter._ac}.get(engine, True) is None:
        pytest.skip(f"{engine} wheel not installed on this platform")
    pf = Prefilter(["exchange/jwt"], engine=engine, starts=(b"PK\x03\x04", b"\xff\xfe"))
    assert pf.needs_scan(b"x = 1\n/IMS/Exchange/JWT") and pf.needs_scan(memoryview(b"a/exchange/jwt"))
    assert pf.needs_scan(b"PK\x03\x04rest") and pf.needs_scan(b"\xff\xfeh\x00i\x00")
    assert pf.needs_scan(b"text\x00tail")
    assert pf.needs_scan(b"x" * 8192 + b"\x00") == (engine == "hyperscan")  # past the sniff: only a cost
    assert not pf.needs_scan(b"plain text, PK\x03\x04 later, no keyword")
    assert not pf.needs_scan(b"")


def test_one_pass_positions_cap_each_literal_not_the_text() -> None:
    if prefilter._hs is None:
        pytest.skip("hyperscan wheel not installed on this platform")
    pf = Prefilter(["https", "adobelogin", "key"], engine="hyperscan")
    text = "https://registry/x " * 30 + "ims-na1.adobelogin.com key\n"
    found = pf.positions(text, limit=10)
    assert found is not None
    assert found["https"] is None  # too many: its regexes run over the whole text
    assert found["adobelogin"] == [text.index("adobelogin")] and found["key"] == [text.index(" key") + 1]
    assert pf.positions(text, limit=10, total=20) is None  # past the total: each literal on its own


def test_a_big_lock_file_full_of_common_words_is_matched_as_a_small_one(matchers: tuple[Matcher, Matcher]) -> None:
    """A 2 MB package-lock.json, where `https` and `integrity` occur 40,000 times: the one-pass literal search
    caps each literal, so the findings are those of the same text scanned whole by every regex."""
    fast, _ = matchers
    entry = ('    "node_modules/pkg-{i}": {{\n      "version": "1.0.{i}",\n      "resolved": '
             '"https://registry.npmjs.org/pkg-{i}/-/pkg-{i}-1.0.{i}.tgz",\n      "integrity": "sha512-abc{i}"\n    }},\n')
    body = "".join(entry.format(i=i) for i in range(20000))
    text = ('{\n  "name": "app",\n  "packages": {\n    "": {"dependencies": {"@adobe/jwt-auth": "^2.0.0"}},\n'
            + body + '    "node_modules/@adobe/jwt-auth": {"version": "2.0.0"}\n  }\n}\n')
    assert len(text) > 2_000_000
    out = fast.scan_bytes(".", "package-lock.json", text.encode())
    lines = {text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"@adobe/jwt-auth(?![\w/-])", text)}
    assert {f.line for f in out.findings if f.rule_id == "ADOBE-JWT-031"} == lines
