"""Rule packs: the built-in packs validate; every bad rule file fails with its located message."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from auditor.errors import RuleError
from auditor.ruleset import builtin_rule_files, load_pack_file, load_rules

BAD = sorted((Path(__file__).parent / "fixtures" / "bad_rules").glob("*.yaml"))


def test_builtin_packs_load_and_have_unique_ids() -> None:
    rs = load_rules()
    assert {p.name for p in rs.packs} >= {"adobe-ims-jwt"}
    ids = [r.id for r in rs.rules]
    assert len(ids) == len(set(ids))
    assert builtin_rule_files()


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_rule_file_names_file_line_rule_and_problem(path: Path) -> None:
    expected = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# error: ")
    with pytest.raises(RuleError) as err:
        load_pack_file(path)
    assert expected in err.value.message.replace(str(path.parent) + "/", "")


def test_bad_rule_file_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = BAD[0]
    proc = subprocess.run([sys.executable, "-m", "auditor", "scan", str(tmp_path), "--rules", str(bad)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr


def test_duplicate_ids_across_packs_are_refused(tmp_path: Path, test_pack: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(test_pack.read_text().replace("name: test-pack", "name: other-pack"), encoding="utf-8")
    with pytest.raises(RuleError, match="TEST-JWT-001: duplicate rule id"):
        load_rules([test_pack, other], builtin=False)


def test_unknown_pack_is_a_clear_error(test_pack: Path) -> None:
    with pytest.raises(RuleError, match="unknown pack 'nope'"):
        load_rules([test_pack], ["nope"])


def test_missing_rule_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="not found"):
        load_rules([tmp_path / "missing.yaml"])
