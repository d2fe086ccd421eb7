"""Past one machine: `scan --shard K/N` splits the roots deterministically and `merge` gives back the single scan."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from auditor.cli import shard
from auditor.errors import UsageError
from auditor.merge import normalise
from tests.orgscan import cli, make_org, scan


@pytest.fixture
def org(tmp_path: Path) -> list[Path]:
    return make_org(tmp_path / "org")


def _repos(report: dict[str, Any]) -> list[str]:
    return [r["root"] for r in report["repos"]]


def test_sharded_scan_merged_equals_the_single_scan(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    single = scan(list(reversed(org)), test_pack, tmp_path / "single.json")  # argument order must not matter
    shards = [scan(org, test_pack, tmp_path / f"shard-{k}.json", "--shard", f"{k}/3") for k in (1, 2, 3)]

    assert sorted(r for s in shards for r in _repos(s)) == sorted(_repos(single))  # every repo in one shard
    assert all(s["repos"] for s in shards)
    code, _, err = cli("merge", *(str(tmp_path / f"shard-{k}.json") for k in (1, 2, 3)),
                       "-o", str(tmp_path / "merged.json"))
    assert code == 0, err
    merged = json.loads((tmp_path / "merged.json").read_text(encoding="utf-8"))

    expected = normalise(single)
    for key in ("findings", "integrations", "repos", "files", "summary", "packs", "rules", "as_of", "errors"):
        assert merged[key] == expected[key], key
    assert merged == expected


def test_the_org_exercises_what_merging_must_keep(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    """The equality above means something: several statuses, skipped files, a fingerprint shared by two repos."""
    report = scan(org, test_pack, tmp_path / "single.json")
    assert {r["status"] for r in report["repos"]} == {"not-started", "in-progress", "migrated", "clean"}
    assert {s["reason"].split(" (")[0] for s in report["files"]["skipped"]} >= {"binary file"}
    by_fp: dict[str, set[str]] = {}
    for f in report["findings"]:
        by_fp.setdefault(f["fingerprint"], set()).add(f["repo"])
    assert any(len(repos) > 1 for repos in by_fp.values()), "config/app.env is identical in two repos"


def test_shards_from_a_repos_file(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    listing = tmp_path / "repos.txt"
    listing.write_text("# the org\n" + "\n".join(map(str, org)) + "\n\n", encoding="utf-8")
    first = scan([], test_pack, tmp_path / "a.json", "--repos-file", str(listing), "--shard", "1/2")
    second = scan([], test_pack, tmp_path / "b.json", "--repos-file", str(listing), "--shard", "2/2")
    assert sorted(_repos(first) + _repos(second)) == sorted(str(p) for p in org)
    assert not set(_repos(first)) & set(_repos(second))


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7])
def test_shards_partition_the_roots_whatever_their_order(n: int) -> None:
    roots = [f"repo-{i:02d}" for i in range(11)] + ["repo-03"]  # a duplicate is scanned once
    parts = [shard(roots, f"{k}/{n}") for k in range(1, n + 1)]
    assert sorted(r for p in parts for r in p) == sorted(set(roots))
    assert [shard(list(reversed(roots)), f"{k}/{n}") for k in range(1, n + 1)] == parts
    assert max(map(len, parts)) - min(map(len, parts)) <= 1  # balanced by count


def test_more_shards_than_roots_leaves_some_empty() -> None:
    assert [shard(["a", "b"], f"{k}/4") for k in range(1, 5)] == [["a"], ["b"], [], []]


@pytest.mark.parametrize("spec", ["0/3", "4/3", "x", "1/0", "1-3", "2/3/4"])
def test_bad_shard_specs_are_usage_errors(spec: str) -> None:
    with pytest.raises(UsageError, match="--shard"):
        shard(["a"], spec)


def test_bad_shard_spec_on_the_command_line(org: list[Path], test_pack: Path) -> None:
    code, _, err = cli("scan", str(org[0]), "--rules", str(test_pack), "--pack", "test-pack", "--shard", "5/3")
    assert code == 2
    assert err.startswith("error: --shard 5/3") and "Traceback" not in err


def test_shard_command_lists_what_scan_shard_scans(org: list[Path], test_pack: Path, tmp_path: Path) -> None:
    """CI clones only its shard's repos: `jwt-audit shard K/N` names them, by the same rule as scan."""
    listing = tmp_path / "repos.txt"
    listing.write_text("\n".join(map(str, reversed(org))) + "\n", encoding="utf-8")
    for k in (1, 2):
        code, out, err = cli("shard", f"{k}/2", "--repos-file", str(listing))
        assert code == 0, err
        scanned = scan([], test_pack, tmp_path / f"s{k}.json", "--repos-file", str(listing), "--shard", f"{k}/2")
        assert out.splitlines() == _repos(scanned)
    assert cli("shard", "1/2", "b", "a", "c")[1] == "a\nc\n"
    code, _, err = cli("shard", "1/2")
    assert code == 2 and err == "error: shard: give the roots, or --repos-file FILE\n"
