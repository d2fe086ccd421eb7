"""Property-based tests for every scanner and parser: they never raise (but the documented error),
every line and column they report exists in the file, and the same input gives the same output.

The run is bounded and deterministic: tests/conftest.py registers the hypothesis profile `ci`
(fixed max_examples, derandomize=True, no example database) and loads it unless HYPOTHESIS_PROFILE
names another (`fuzz` runs many more examples, for local digging).
"""
from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import io
import json
import os
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from auditor.discovery import DiscoveryOptions, discover
from auditor.engine import Matcher
from auditor.errors import RuleError, UsageError
from auditor.redact import _NOT_SECRET, redact, redact_window, secret_spans
from auditor.report import dumps, to_dict, validate
from auditor.ruleset import load_pack_file, load_rules
from auditor.ruletest import read_annotations
from auditor.scanners.documents import decode, expand
from tests.conftest import TEST_PACK

AS_OF = dt.date(2026, 11, 28)
FEWER = settings(max_examples=max(10, settings.default.max_examples // 4))  # tests that touch the disk

# Text made of the pieces scanners care about: keywords, line breaks of every kind, BOMs, NULs,
# non-ASCII, quotes and separators, so random strings hit the interesting paths often.
PIECES = [
    "/ims/exchange/jwt", "exchange/jwt", "ims/token/v3", "client_credentials", "client_id=", "0123456789abcdef" * 2,
    "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "MIIEvQIBADANBg", "kind: Secret", "data:",
    "  token: ", "ZXhjaGFuZ2Uvand0Cg==", "\n", "\r\n", "\r", "\t", " ", "\x00", "\ufeff", "é", "\udcff", "💥", "#",
    "//", '"', "'", ":", "=", "expect: TEST-JWT-001", "ok: TEST-JWT-001", "ruleid: X-1, Y-2", "ent_stocksearch_sdk",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1"]


@st.composite
def file_bytes(draw: st.DrawFn) -> bytes:
    """Encoded text (any of the encodings decode() knows), raw bytes, or a zip of either."""
    kind = draw(st.sampled_from(["text", "raw", "zip"]))
    if kind == "raw":
        return draw(st.binary(max_size=300))
    text, encoding = draw(texts), draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    if kind == "text":
        return data
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))) as zf:
        zf.writestr(draw(st.sampled_from(["a.txt", "k8s/secret.yaml", "inner.zip", "x/../y.py"])), data)
    out = bytearray(buf.getvalue())
    for pos, val in draw(st.lists(st.tuples(st.integers(0, len(out) - 1), st.integers(0, 255)), max_size=3)):
        out[pos] = val  # flip a few bytes: broken headers, CRCs, streams
    return bytes(out)


def lines_of(text: str) -> list[str]:
    return text.split("\n")


# ---- documents -----------------------------------------------------------------------------------


@given(st.binary(max_size=2000))
def test_decode_never_raises_and_is_deterministic(data: bytes) -> None:
    text, enc = decode(data)
    assert (text, enc) == decode(data)
    assert "\r" not in text and enc in {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1"}


@given(texts, st.sampled_from(ENCODINGS))
def test_decode_round_trips_text_it_can_recognise(text: str, encoding: str) -> None:
    assume("\udcff" not in text and "\x00" not in text)
    data = text.encode(encoding, "replace")
    decoded, _ = decode(data)
    expected = data.decode(encoding, "replace").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if encoding in ("utf-8", "utf-8-sig"):
        assert decoded == expected


UNSUPPORTED_ZIP = (  # found by the fuzz profile: ZipFile() raises NotImplementedError on "version 6.4"
    b"PK\x03\x04\x14\x00\x00\x00\x00\x00u\x7f|]\x8d\x89i\xf0\x02\x00\x00\x00\x02\x00\x00\x00\x05\x00\x00\x00a.txtx\n"
    b"PK\x01\x02\x14\x03@\x00\x00\x00\x00\x00u\x7f|]\x8d\x89i\xf0\x02\x00\x00\x00\x02\x00\x00\x00\x05\x00\x00\x00\x00\x00"
    b"\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00a.txtPK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x003\x00\x00\x00%\x00\x00\x00\x00\x00"
)


@example("a.zip", UNSUPPORTED_ZIP)
@given(st.sampled_from(["a.txt", "a.yaml", "a.zip", "a.jar"]), file_bytes())
def test_expand_never_raises_and_anchors_exist(rel: str, data: bytes) -> None:
    out = expand(rel, data)
    again = expand(rel, data)
    assert out.documents == again.documents and out.skipped == again.skipped
    n_lines = len(lines_of(decode(data)[0]))
    for doc in out.documents:
        assert doc.path == rel or doc.path.startswith(rel + "!")
        if doc.anchor_line is not None and doc.path == rel:
            assert 1 <= doc.anchor_line <= n_lines
    for path, reason in out.skipped:
        assert (path == rel or path.startswith(rel + "!")) and reason


# ---- redaction -----------------------------------------------------------------------------------

SECRET_KEYS = ["client_secret", "password", "DB_PASSWORD", "api_key_secret", "access_token", "passphrase",
               "clientSecret", "private_key"]
SEPARATORS = ["=", ": ", " = ", '": "', "='", " => ", ":="]
values = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/-"),
                 min_size=8, max_size=40).filter(lambda v: v[0].isalnum() and not _NOT_SECRET.match(v))


@given(st.text(max_size=300))
def test_redact_never_raises_and_is_deterministic(text: str) -> None:
    assert redact(text) == redact(text)


@given(texts, st.sampled_from(SECRET_KEYS), st.sampled_from(SEPARATORS), values, texts)
def test_a_keyed_secret_never_survives_redaction(before: str, key: str, sep: str, value: str, after: str) -> None:
    head = before.splitlines()[-1] if before.strip() else ""
    tail = after.splitlines()[0] if after.strip() else ""
    assume(value not in head and value not in tail)
    assert value not in redact(f'{head} {key}{sep}{value}" {tail}')


@given(st.integers(0, 3000), st.integers(0, 3000), st.sampled_from(SECRET_KEYS), st.sampled_from(SEPARATORS),
       values, st.integers(1, 4000), st.sampled_from([60, 160]))
def test_a_window_of_a_long_line_never_shows_part_of_a_secret(pad_before: int, pad_after: int, key: str, sep: str,
                                                              value: str, col: int, width: int) -> None:
    line = "var a=1;" * (pad_before // 8) + f'{{{key}{sep}{value}", x: 1}}' + "let b=2;" * (pad_after // 8)
    col = min(col, len(line) + 1)
    shown, before, after = redact_window(line, col, width)
    assert shown == redact_window(line, col, width)[0]
    visible = re.sub(r"<redacted sha256:[0-9a-f]+>", "", shown)  # the mask's own text is not the secret's
    assert not any(value[i:i + 6] in visible for i in range(len(value) - 5)), shown
    assert len(shown) <= width + 2 * len(key + sep + value) + 64
    for s, e in secret_spans(line):
        assert 0 <= s < e <= len(line)


# ---- the engine ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    pack = tmp_path_factory.mktemp("fuzz-rules") / "test-pack.yaml"
    pack.write_text(TEST_PACK, encoding="utf-8")
    rs = load_rules([pack], builtin=False)
    return Matcher(rs.rules, {p.name: p for p in rs.packs}, AS_OF, max_size=1 << 20)


@given(data=file_bytes(), rel=st.sampled_from(["a.py", "b.yaml", "c.json", "README.md", "d.zip", ".env", "e.txt"]))
def test_scan_bytes_never_raises_and_reports_real_locations(matcher: Matcher, data: bytes, rel: str) -> None:
    outcome = matcher.scan_bytes(".", rel, data)
    assert outcome == matcher.scan_bytes(".", rel, data)
    for f in outcome.findings:
        assert f.path == rel or f.path.startswith(rel + "!")
        if f.path != rel:
            continue  # archive members: their own text (checked through expand above)
        lines = lines_of(decode(data)[0])
        assert 1 <= f.line <= f.end_line <= len(lines)
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1
        assert "\n" not in f.snippet


# ---- rule files ----------------------------------------------------------------------------------

yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.sampled_from(["(a+)+", "[", "1.0", "high"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@st.composite
def rule_files(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["mutated", "structured", "text"]))
    if kind == "text":
        return draw(st.text(st.sampled_from("pack:rules- []{}&*!|>'\"#\n  abc1.\t%@`\\"), max_size=300))
    if kind == "structured":
        doc = yaml.safe_load(TEST_PACK)
        path = draw(st.lists(st.sampled_from(["pack", "rules", 0, "match", "regex", "severity", "timeline",
                                              "keywords", "id", "version", "context"]), min_size=1, max_size=4))
        node = doc
        for key in path[:-1]:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                break
        with contextlib.suppress(IndexError, TypeError):
            node[path[-1]] = draw(yaml_values)
        return yaml.safe_dump(doc)
    start = draw(st.integers(0, len(TEST_PACK)))
    end = draw(st.integers(start, min(len(TEST_PACK), start + 40)))
    return TEST_PACK[:start] + draw(st.text(max_size=20)) + TEST_PACK[end:]


@FEWER
@given(rule_files())
def test_rule_file_loading_raises_only_rule_errors(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pack.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            first = load_pack_file(path)
        except RuleError as exc:
            assert exc.message.startswith(str(path))
            with pytest.raises(RuleError) as again:
                load_pack_file(path)
            assert again.value.message == exc.message
            return
        pack, rules = load_pack_file(path)
        assert (pack.name, [r.id for r in rules]) == (first[0].name, [r.id for r in first[1]])
        assert all(1 <= r.line <= len(text.splitlines()) for r in rules)


# ---- .gitignore walk -----------------------------------------------------------------------------

patterns = st.lists(st.one_of(
    st.sampled_from(["*.log", "!keep.log", "build/", "/root.txt", "**/deep", "a/**/b", "[z-a]", "\\", "!", "#x",
                     "[[:alpha:]]", "*", "?", "d?r/", " ", "**", "\\#lit", "a[", "]"]),
    st.text(st.sampled_from("ab*?[]!/\\.-#"), max_size=6)), max_size=8)
names = st.lists(st.sampled_from(["a.log", "keep.log", "root.txt", "build/x.txt", "deep", "a/x/b", "dir/f",
                                  "d1r/g", "sub/a.log", "sub/root.txt", "z.txt", "#x", "sub/.gitignore"]),
                 min_size=1, max_size=8, unique=True)


@FEWER
@given(patterns, names, patterns)
def test_gitignore_walk_never_raises_lists_real_files_and_is_deterministic(top: list[str], files: list[str],
                                                                           nested: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "r"
        root.mkdir()
        for rel in files:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text("x\n" if not rel.endswith(".gitignore") else "\n".join(nested))
        (root / ".gitignore").write_text("\n".join(top), encoding="utf-8")
        opts = DiscoveryOptions(use_git=False)
        first, second = discover([str(root)], opts)[0], discover([str(root)], opts)[0]
        assert ([c.rel for c in first.files], first.skipped, first.notices) == (
            [c.rel for c in second.files], second.skipped, second.notices)
        listed = {c.rel for c in first.files}
        assert listed <= set(files) | {".gitignore"} and not first.skipped
        assert all(n.startswith(f"{root.as_posix()}: ") and "invalid pattern ignored" in n for n in first.notices)


# ---- fixture annotations -------------------------------------------------------------------------


@FEWER
@given(st.binary(max_size=500) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")), st.booleans(), texts)
def test_read_annotations_reports_lines_that_exist(data: bytes, sidecar: bool, side_text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fixture.py"
        path.write_bytes(data)
        if sidecar:
            path.with_name("fixture.py.expected").write_text(side_text, encoding="utf-8", errors="replace")
        try:
            expect, ok = read_annotations(path)
        except UsageError as exc:
            assert sidecar and exc.message.startswith(str(path) + ".expected:")
            return
        assert (expect, ok) == read_annotations(path)
        if not sidecar:
            n = len(data.decode("utf-8", "replace").replace("\r\n", "\n").split("\n"))
            assert all(1 <= line <= n and member == "" for member, line, _ in expect | ok)


# ---- report round trip ---------------------------------------------------------------------------

file_names = st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1,
                     max_size=12).filter(lambda n: n not in (".", "..") and len(n.encode()) < 200)


@FEWER
@given(st.dictionaries(file_names, file_bytes(), min_size=1, max_size=4))
def test_report_json_round_trips_and_validates(tmp_files: dict[str, bytes]) -> None:
    from auditor.api import ScanRequest, scan

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "tree"
        root.mkdir()
        pack = Path(tmp) / "test-pack.yaml"
        pack.write_text(TEST_PACK, encoding="utf-8")
        for name, data in tmp_files.items():
            try:
                (root / name).write_bytes(data)
            except OSError:
                assume(False)
        request = ScanRequest(paths=[str(root)], as_of=AS_OF, rules=[pack], builtin_rules=False, jobs=1)
        result = scan(request)
        report = to_dict(result)
        validate(report)
        text = dumps(report)
        assert json.loads(text.encode("utf-8").decode("utf-8")) == json.loads(dumps(json.loads(text)))
        assert to_dict(scan(request)) == report
        seen = len(os.listdir(root))
        top = [s for s in report["files"]["skipped"] if not any(s["path"].startswith(n + "!") for n in tmp_files)]
        assert report["files"]["scanned"] + len(top) == seen


def test_profile_is_bounded_and_derandomized() -> None:
    if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci":
        assert settings.default.derandomize and settings.default.max_examples <= 200
    assert codecs.lookup("utf-16")  # the codecs the strategies use exist here
