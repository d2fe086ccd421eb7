"""Cached regex code (auditor/recode.py) and glob regexes: the same matches as compiling, or nothing cached."""
from __future__ import annotations

import marshal
import pickle
import re
from pathlib import Path

import pytest

from auditor import recode
from auditor.discovery import gitignore_spec, glob_regexes, globs_match
from auditor.model import LazyRegex
from auditor.ruleset import builtin_rule_files, load_pack_file

TEXT = ('ims-na1.adobelogin.com/ims/exchange/jwt "meta_scopes": ["https://ims-na1.adobelogin.com/s/ent_analytics_bulk'
        '_ingest_sdk"]\nPRIVATE_KEY_PATH=./private.key\nclient_id = "0123456789abcdef0123456789abcdef" İ ſ K')


@pytest.mark.skipif(recode.TAG is None, reason="not CPython: regexes are compiled as usual")
def test_every_builtin_regex_rebuilds_equal_from_its_code() -> None:
    seen = 0
    for path in builtin_rule_files():
        pack, rules = load_pack_file(path)
        regexes = [rx for r in rules for rx in (r.match.regex, *(c.regex for c in (*r.match.context, *r.match.unless)))]
        for rx in [*regexes, *pack.id_patterns]:
            blob = recode.code_of(rx.pattern, rx.flags)
            assert blob is not None, rx.pattern
            rebuilt = recode.compile_code(blob)
            direct = re.compile(rx.pattern, rx.flags)
            assert rebuilt == direct
            assert [m.span() for m in rebuilt.finditer(TEXT)] == [m.span() for m in direct.finditer(TEXT)]
            seen += 1
    assert seen > 100


def test_code_of_another_interpreter_is_refused() -> None:
    blob = recode.code_of(r"(?i)jwt_(?P<x>token)", 0)
    if blob is None:
        pytest.skip("not CPython")
    tag, args = marshal.loads(blob)
    foreign = marshal.dumps((("cpython", (2, 7, 0), 0, 4), args))
    assert recode.compile_code(foreign) is None
    assert recode.compile_code(b"\x00garbage") is None
    assert recode.compile_code(blob).groupindex == {"x": 1}  # type: ignore[union-attr]


def test_lazy_regex_pickles_its_code_and_falls_back_when_damaged() -> None:
    rx = LazyRegex(r"adobelogin\.com/(?:c|s)/", re.I)
    rx.keep_code()
    back = pickle.loads(pickle.dumps(rx))
    assert back.compiled.search("HTTPS://IMS-NA1.ADOBELOGIN.COM/C/abc")
    state = list(rx.__getstate__())
    state[3] = b"damaged"
    broken = LazyRegex("x")
    broken.__setstate__(tuple(state))
    assert broken.compiled.pattern == rx.pattern  # compiled as usual


PATHS = ["package.json", "web/package.json", ".env", ".env.local", "deploy/.env", "app.env", "Dockerfile.prod",
         "x/.github/workflows/ci.yml", ".github/workflows/deploy.yaml", ".gitlab-ci.yml", "a/b/ssl/cert.pem",
         "nginx-conf/tls.key", "conf/my-nginx/site.key", "keys/private.key", "certs/adobe_prod.pem", "src/main.py",
         "docker-compose.override.yml", "requirements-dev.txt", "Gemfile.lock", "pom.xml", "build.gradle.kts"]


@pytest.mark.parametrize("globs", [
    ("package.json",), (".env*", "*.env", "Dockerfile*", "**/.github/workflows/*.y*ml", ".gitlab-ci.yml"),
    ("**/ssl/**", "**/tls/**", "**/*nginx*/**"), ("private.key", "*adobe*"), ("requirements*.txt", "*.gradle.kts"),
])
def test_glob_regexes_match_as_pathspec_does(globs: tuple[str, ...]) -> None:
    regexes = glob_regexes(globs)
    assert regexes is not None
    spec = gitignore_spec(globs)
    assert [globs_match(globs, regexes, p) for p in PATHS] == [spec.match_file(p) for p in PATHS]


def test_negated_globs_are_left_to_pathspec(tmp_path: Path) -> None:
    globs = ("*.json", "!package.json")
    assert glob_regexes(globs) is None
    assert globs_match(globs, None, "a.json") and not globs_match(globs, None, "package.json")
