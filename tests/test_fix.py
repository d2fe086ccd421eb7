"""`jwt-audit fix`: every config family as a pair (must change / must stay untouched), plus the driver:
diff mode, redaction, atomic writes and the git safety check."""
from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from auditor.errors import EXIT_USAGE, UsageError
from auditor.fix import FIXERS, apply_fixes, mask, plan_file, plan_fixes, render_diff, scopes, yamlrt
from auditor.fix.model import SKIPPED
from auditor.fix.placeholders import UNKNOWN_SCOPES, is_placeholder
from auditor.fix.report import render_json, render_text
from auditor.fix.write import TEMP_SUFFIX
from auditor.model import JWT_KINDS
from tests.conftest import git

FIXTURES = Path(__file__).parent / "fixtures" / "fix"

# fixture (relative to FIXTURES) -> the fixer that must rewrite it into `<fixture>.expected`
CHANGED = {
    "aio-context/jwt-context.json": "aio-ims-context",
    "aio-context/aio-config.json": "aio-ims-context",
    "cloudmanager/cloudmanager-context.json": "cloudmanager-context",
    "ust/connector-umapi.yml": "ust-connector",
    "ust/connector-adobe-console.yml": "ust-connector",
    "pitchmuc/aanalytics2-config.json": "pitchmuc-config",
    "pitchmuc/aepp-config.json": "pitchmuc-config",
    "console/jwt-credential.json": "console-credential-json",
    "workspace/myproject-Stage.json": "workspace-json",
    "dotenv/app-builder.env": "dotenv",
    "dotenv/service.env": "dotenv",
    "properties/workspace.jwt.properties": "aio-java-properties",
    "pdfservices/jwt/pdfservices-api-credentials.json": "pdfservices-credentials",
    "github/deploy.yml": "github-aio-apps-action",
    "postman/adobe-io.postman_environment.json": "postman-environment",
}

# look-alikes that no fixer may touch -> the family each one imitates
UNTOUCHED = {
    "aio-context/oauth-context.json": "aio-ims-context",
    "aio-context/user-oauth2-context.json": "aio-ims-context",
    "cloudmanager/cloudmanager-oauth.json": "cloudmanager-context",
    "ust/connector-umapi-oauth.yml": "ust-connector",
    "ust/user-sync-config.yml": "ust-connector",
    "pitchmuc/aepp-oauth.json": "pitchmuc-config",
    "console/oauth-credential.json": "console-credential-json",
    "console/google-service-account.json": "console-credential-json",
    "workspace/homeassistant-manifest.json": "workspace-json",
    "dotenv/oauth.env": "dotenv",
    "dotenv/firebase.env": "dotenv",
    "properties/workspace.oauth.properties": "aio-java-properties",
    "pdfservices/oauth/pdfservices-api-credentials.json": "pdfservices-credentials",
    "pdfservices/google/terraform-vars.json": "pdfservices-credentials",
    "github/deploy-oauth.yml": "github-aio-apps-action",
    "postman/weather.postman_environment.json": "postman-environment",
    "code/util.js": "code",
}


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _plan(path: Path, name: str | None = None) -> object:
    return plan_file(name or str(path), _read(path))


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A private copy of the fixture tree."""
    root = tmp_path / "configs"
    shutil.copytree(FIXTURES, root)
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# --- every family: the pair --------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(CHANGED))
def test_rewrites_to_expected(name: str) -> None:
    fix = plan_file(str(FIXTURES / name), _read(FIXTURES / name))
    assert fix is not None and fix.fixer == CHANGED[name]
    assert fix.new_text == _read(FIXTURES / f"{name}.expected")


@pytest.mark.parametrize("name", sorted(UNTOUCHED))
def test_look_alike_untouched(name: str) -> None:
    assert plan_file(str(FIXTURES / name), _read(FIXTURES / name)) is None


@pytest.mark.parametrize("name", sorted(CHANGED))
def test_fixed_output_needs_no_second_fix(name: str) -> None:
    # The expected output is the OAuth form: running fix on it again changes nothing.
    assert plan_file(str(FIXTURES / name), _read(FIXTURES / f"{name}.expected")) is None


def test_every_fixer_has_a_changed_and_an_untouched_fixture() -> None:
    assert set(CHANGED.values()) == set(FIXERS)
    assert set(FIXERS) <= set(UNTOUCHED.values())


def test_fixture_table_covers_every_fixture_file() -> None:
    listed = set(CHANGED) | set(UNTOUCHED) | {"code/ims_token.py"} | {f"{n}.expected" for n in CHANGED}
    on_disk = {str(p.relative_to(FIXTURES)) for p in FIXTURES.rglob("*") if p.is_file()}
    assert on_disk == listed


# --- formats keep their shape ------------------------------------------------------------------------

def test_yaml_keeps_comments_and_order() -> None:
    source = _read(FIXTURES / "ust/connector-umapi.yml")
    fixed = plan_file("connector-umapi.yml", source).new_text  # type: ignore[union-attr]
    removed_eol = "# JWT token exchange"
    for line in source.splitlines():
        comment = line.strip()
        if comment.startswith("#"):
            assert comment in fixed
    assert removed_eol not in fixed
    keys = [line.split(":")[0].strip() for line in fixed.splitlines() if line and not line.lstrip().startswith("#")]
    assert keys.index("org_id") < keys.index("client_id") < keys.index("client_secret")
    assert "client_secret: \"p8e-PLANTED-ust-client-secret\"   # from the console" in fixed


def test_yaml_block_scalar_removal_keeps_following_blank_line() -> None:
    fixed = _plan(FIXTURES / "ust/connector-adobe-console.yml").new_text  # type: ignore[attr-defined]
    assert "client_secret: \"s8e-PLANTED-console-secret\"\n\nidentity_type_filter" in fixed


def test_yaml_server_section_holding_only_the_jwt_endpoint_is_dropped() -> None:
    text = "enterprise:\n  org_id: O@AdobeOrg\n  client_id: c\n  client_secret: s\n  tech_acct_id: T\nserver:\n" \
           "  # about the server\n  ims_endpoint_jwt: /ims/exchange/jwt   # jwt\n  # after\n\nother: 1\n"
    fix = plan_file("connector-umapi.yml", text)
    assert fix is not None and fix.new_text == (
        "authentication_method: oauth\n\nenterprise:\n  org_id: O@AdobeOrg\n  client_id: c\n  client_secret: s\n"
        "  # after\n\nother: 1\n")
    assert any("removed the section" in note for note in fix.notes)


def test_yaml_indentation_guess() -> None:
    assert yamlrt.guess_indent("a:\n    b: 1\n    c:\n      - x\n") == (4, 2)
    assert yamlrt.guess_indent("a:\n  b:\n  - x\n") == (2, 0)


def test_yaml_existing_jwt_method_is_switched() -> None:
    text = "authentication_method: jwt  # was jwt\nenterprise:\n  org_id: O@AdobeOrg\n  client_id: c\n" \
           "  client_secret: s\n  tech_acct_id: T@techacct.adobe.com\n  priv_key_path: private.key\n"
    fixed = plan_file("connector-umapi.yml", text).new_text  # type: ignore[union-attr]
    # ruamel keeps the comment at its column when the value grows
    assert fixed == "authentication_method: oauth # was jwt\nenterprise:\n  org_id: O@AdobeOrg\n  client_id: c\n" \
                    "  client_secret: s\n"


@pytest.mark.parametrize(("name", "indent"), [("aio-context/aio-config.json", "\t"),
                                              ("aio-context/jwt-context.json", "    "),
                                              ("console/jwt-credential.json", "  ")])
def test_json_keeps_indentation(name: str, indent: str) -> None:
    fixed = _plan(FIXTURES / name).new_text  # type: ignore[attr-defined]
    assert fixed.splitlines()[1].startswith(indent) and not fixed.splitlines()[1].startswith(indent + indent[0])
    assert fixed.endswith("}\n")


def test_json_single_line_stays_single_line() -> None:
    fixed = _plan(FIXTURES / "pitchmuc/aepp-config.json").new_text  # type: ignore[attr-defined]
    assert fixed.count("\n") == 1 and fixed.startswith('{"org_id": ')


def test_json_crlf_and_no_final_newline_kept() -> None:
    text = _read(FIXTURES / "cloudmanager/cloudmanager-context.json").rstrip("\n").replace("\n", "\r\n")
    fixed = plan_file("ctx.json", text).new_text  # type: ignore[union-attr]
    assert "\r\n" in fixed and "\n" not in fixed.replace("\r\n", "") and not fixed.endswith("\n")


def test_dotenv_untouched_lines_are_byte_identical() -> None:
    source = _read(FIXTURES / "dotenv/app-builder.env")
    fixed = plan_file(".env", source).new_text  # type: ignore[union-attr]
    for line in source.splitlines()[:5] + ["LOG_LEVEL=info"]:
        assert line in fixed.splitlines()


def test_dotenv_crlf_last_line_without_newline() -> None:
    text = "ADOBE_CLIENT_ID=abc\r\nADOBE_ORG_ID=O@AdobeOrg\r\nADOBE_META_SCOPES=ent_user_sdk"
    fixed = plan_file("prod.env", text).new_text  # type: ignore[union-attr]
    assert fixed == "ADOBE_CLIENT_ID=abc\r\nADOBE_ORG_ID=O@AdobeOrg\r\nADOBE_SCOPES=openid,AdobeID,user_management_sdk"


def test_dotenv_context_without_secret_gets_placeholders_after_client_id() -> None:
    text = "AIO_ims_contexts_A_client__id=cid\nAIO_ims_contexts_A_meta__scopes=ent_user_sdk\n" \
           "AIO_ims_contexts_A_private__key=/keys/a.key"
    fixed = plan_file(".env", text)
    assert fixed is not None and fixed.new_text == (
        "AIO_ims_contexts_A_client__id=cid\n"
        "AIO_ims_contexts_A_client__secrets=<set from env ADOBE_CLIENT_SECRET>\n"
        "AIO_ims_contexts_A_technical__account__email=<set from env ADOBE_TECHNICAL_ACCOUNT_EMAIL>\n"
        "AIO_ims_contexts_A_scopes=openid,AdobeID,user_management_sdk\n")


def test_properties_continuation_lines_removed_with_their_key() -> None:
    text = "aio_api_key=k\naio_meta_scopes=ent_user_sdk\naio_encoded_pkcs8=AAAA\\\n   BBBB\\\n   CCCC\naio_x=1\n"
    fixed = plan_file("w.properties", text).new_text  # type: ignore[union-attr]
    assert fixed == "aio_api_key=k\naio_oauth_scopes=openid,AdobeID,user_management_sdk\naio_x=1\n"


def test_bom_is_kept_on_write(tmp_path: Path) -> None:
    target = tmp_path / "pdfservices-api-credentials.json"
    target.write_bytes(b"\xef\xbb\xbf" + (FIXTURES / "pdfservices/jwt/pdfservices-api-credentials.json").read_bytes())
    apply_fixes(plan_fixes([str(target)]))
    expected = (FIXTURES / "pdfservices/jwt/pdfservices-api-credentials.json.expected").read_bytes()
    assert target.read_bytes() == b"\xef\xbb\xbf" + expected


# --- scopes and placeholders -------------------------------------------------------------------------

def test_scope_table_maps_and_merges() -> None:
    choice = scopes.choose(["ent_user_sdk", "ent_adobeio_sdk"])
    assert choice.scopes is not None and choice.scopes[:3] == ("openid", "AdobeID", "user_management_sdk")
    assert len(choice.scopes) == len(set(choice.scopes))


def test_unknown_metascope_gives_no_scopes() -> None:
    choice = scopes.choose(["ent_user_sdk", "ent_stocksearch_sdk"])
    assert choice.scopes is None and choice.unknown == ("ent_stocksearch_sdk",)


@pytest.mark.parametrize("raw", ["https://ims-na1.adobelogin.com/s/ent_user_sdk", "/s/ent_user_sdk", "ent_user_sdk"])
def test_metascope_normalisation(raw: str) -> None:
    assert scopes.split_metascopes(f"{raw}, ent_gdpr_sdk") == ("ent_user_sdk", "ent_gdpr_sdk")


def test_aem_service_credentials_are_exempt() -> None:
    text = json.dumps({"client_id": "cm-p1-e2-integration", "client_secret": "x", "technical_account_id": "T",
                       "meta_scopes": ["ent_aem_cloud_api"], "ims_org_id": "O", "private_key": "k"})
    assert plan_file("aem.json", text) is None


def test_unknown_scopes_placeholder_and_todo() -> None:
    fix = _plan(FIXTURES / "aio-context/aio-config.json")
    target = [t for t in fix.todo if t.key_path == "ims.contexts.target.scopes"]  # type: ignore[attr-defined]
    assert target and target[0].value == UNKNOWN_SCOPES and "ent_marketing_sdk" in target[0].hint
    assert UNKNOWN_SCOPES in fix.new_text  # type: ignore[attr-defined]


def test_every_todo_value_is_a_placeholder_written_in_the_file() -> None:
    for fix in plan_fixes([str(FIXTURES)]):
        for item in fix.todo:
            assert is_placeholder(item.value) or item.value.startswith("${{ secrets.")
            assert item.value in (fix.new_text or "")


def test_every_todo_is_written_even_when_the_jwt_block_lacks_keys() -> None:
    text = json.dumps({"credentials": [{"integration_type": "service", "jwt": {"client_id": "c"}}]})
    fix = plan_file("ws.json", text)
    assert fix is not None and fix.todo
    for item in fix.todo:
        assert item.value in (fix.new_text or "")


def test_no_secret_copied_into_new_keys() -> None:
    fix = _plan(FIXTURES / "aio-context/jwt-context.json")
    assert json.loads(fix.new_text)["client_secrets"] == ["<set from env ADOBE_CLIENT_SECRET>"]  # type: ignore[attr-defined]


# --- driver: diff, redaction, apply ------------------------------------------------------------------

def test_diff_mode_changes_nothing_on_disk(tree: Path) -> None:
    before = _snapshot(tree)
    fixes = plan_fixes([str(tree)])
    assert render_diff(fixes).count("\n+++ ") == len(CHANGED)
    render_text(fixes, None)
    render_json(fixes, None)
    assert _snapshot(tree) == before


def test_no_planted_secret_in_any_output() -> None:
    fixes = plan_fixes([str(FIXTURES)])
    outputs = render_text(fixes, None) + render_json(fixes, None) + render_text(fixes, ["x"])
    assert "PLANTED" not in outputs
    assert "****" in outputs


def test_diff_shows_what_changes() -> None:
    diff = render_diff(plan_fixes([str(FIXTURES / "ust/connector-umapi.yml")]))
    assert "-  tech_acct_id: \"83F2C5E05D8D4C2D0A495C8F@techacct.adobe.com\"" in diff
    assert "+authentication_method: oauth" in diff
    assert "   client_secret: \"****\"   # from the console" in diff


def test_redaction_of_yaml_block_pem_and_postman_pairs() -> None:
    diff = [
        "--- a/x", "+++ b/x", "@@ -1,9 +1,1 @@",
        "-  priv_key_data: |", "-    line-one-secret", "-    line-two-secret", " other: kept",
        '-    "key": "CLIENT_SECRET",', '-    "value": "hunter2-secret",',
        '-"k": "-----BEGIN PRIVATE KEY-----\\nMIIB\\n-----END PRIVATE KEY-----"',
        "-blob: QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xt",
        '+"client_secrets": ["<set from env ADOBE_CLIENT_SECRET>"]',
    ]
    out = "\n".join(mask.redact_lines(diff))
    for secret in ("line-one-secret", "line-two-secret", "hunter2-secret", "MIIB", "QUJDREVG"):
        assert secret not in out
    assert " other: kept" in out and "<set from env ADOBE_CLIENT_SECRET>" in out and '"key": "CLIENT_SECRET"' in out


def test_apply_outside_git_writes_all_and_leaves_no_temp_files(tree: Path) -> None:
    (tree / "ust/connector-umapi.yml").chmod(0o600)
    written = apply_fixes(plan_fixes([str(tree)]))
    assert len(written) == len(CHANGED)
    for name in CHANGED:
        assert (tree / name).read_bytes() == (FIXTURES / f"{name}.expected").read_bytes()
    assert not [p for p in tree.rglob("*") if p.name.endswith(TEMP_SUFFIX)]
    assert stat.S_IMODE((tree / "ust/connector-umapi.yml").stat().st_mode) == 0o600
    assert plan_fixes([str(tree)]) == [f for f in plan_fixes([str(tree)]) if f.is_code]


def test_code_is_planned_never_rewritten(tree: Path) -> None:
    code = [f for f in plan_fixes([str(tree)]) if f.is_code]
    assert [Path(f.path).name for f in code] == ["ims_token.py"]
    assert code[0].notes[0].startswith("code is not rewritten: see the migration plan (`jwt-audit plan`); python:")
    before = (tree / "code/ims_token.py").read_bytes()
    apply_fixes(code)
    assert (tree / "code/ims_token.py").read_bytes() == before
    assert "Code (not rewritten):" in render_text(code, None)


def test_vendored_directories_skipped_unless_asked(tree: Path) -> None:
    vendored = tree / "node_modules" / "pkg"
    vendored.mkdir(parents=True)
    shutil.copy(FIXTURES / "aio-context/jwt-context.json", vendored / "ctx.json")
    assert not [f for f in plan_fixes([str(tree)]) if "node_modules" in f.path]
    assert [f for f in plan_fixes([str(tree)], include_vendored=True) if "node_modules" in f.path]


def test_a_fixer_failure_skips_the_file_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.fix import registry
    from auditor.fix.model import Fixer

    def boom(path: str, text: str) -> object:
        raise KeyError("organization_id")

    broken = Fixer("pdfservices-credentials", "t", FIXERS["pdfservices-credentials"].detect, boom)  # type: ignore[arg-type]
    monkeypatch.setitem(registry.FIXERS, "pdfservices-credentials", broken)
    fixes = plan_fixes([str(FIXTURES / "pdfservices")])
    assert [(f.fixer, f.changed) for f in fixes] == [(SKIPPED, False)]
    assert "Skipped:" in render_text(fixes, None) and "KeyError" in render_json(fixes, None)
    assert apply_fixes(fixes) == []


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        plan_fixes([str(tmp_path / "nope")])


def test_changed_since_planned_is_refused(tree: Path) -> None:
    target = tree / "console/jwt-credential.json"
    fixes = plan_fixes([str(target)])
    target.write_text(target.read_text() + " ")
    with pytest.raises(UsageError, match="changed since it was read"):
        apply_fixes(fixes, force=True)


def _commit_all(repo: Path) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "configs")


def test_apply_in_git_refuses_uncommitted_then_force_applies(git_repo: Path) -> None:
    shutil.copy(FIXTURES / "ust/connector-umapi.yml", git_repo / "connector-umapi.yml")
    shutil.copy(FIXTURES / "console/jwt-credential.json", git_repo / "creds.json")
    _commit_all(git_repo)
    umapi = git_repo / "connector-umapi.yml"
    umapi.write_text(umapi.read_text() + "# local edit\n")
    before = _snapshot(git_repo / ".." / "repo")
    with pytest.raises(UsageError) as refused:
        apply_fixes(plan_fixes([str(git_repo)]))
    assert refused.value.exit_code == EXIT_USAGE and "connector-umapi.yml" in refused.value.message
    assert "creds.json" not in refused.value.message
    assert _snapshot(git_repo / ".." / "repo") == before  # all or nothing: the clean file was not written either
    written = apply_fixes(plan_fixes([str(git_repo)]), force=True)
    assert sorted(Path(p).name for p in written) == ["connector-umapi.yml", "creds.json"]
    assert "authentication_method: oauth" in umapi.read_text() and "# local edit" in umapi.read_text()


def test_apply_in_git_clean_tracked_file_is_allowed(git_repo: Path) -> None:
    shutil.copy(FIXTURES / "console/jwt-credential.json", git_repo / "creds.json")
    _commit_all(git_repo)
    assert [Path(p).name for p in apply_fixes(plan_fixes([str(git_repo)]))] == ["creds.json"]
    assert git(git_repo, "status", "--porcelain").strip() == "M creds.json"


@pytest.mark.parametrize("ignored", [False, True])
def test_apply_in_git_untracked_or_ignored_file_is_refused(git_repo: Path, ignored: bool) -> None:
    (git_repo / "README").write_text("x\n")
    if ignored:
        (git_repo / ".gitignore").write_text(".env\n")
    _commit_all(git_repo)
    shutil.copy(FIXTURES / "dotenv/service.env", git_repo / ".env")
    with pytest.raises(UsageError, match=r"\.env"):
        apply_fixes(plan_fixes([str(git_repo)]))
    assert apply_fixes(plan_fixes([str(git_repo)]), force=True) == [os.path.join(str(git_repo), ".env")]


def test_json_report_lists_placeholders_without_contents() -> None:
    payload = json.loads(render_json(plan_fixes([str(FIXTURES / "aio-context/jwt-context.json")]), None))
    todo = payload["files"][0]["todo"]
    assert [t["key_path"] for t in todo] == ["client_secrets[0]", "technical_account_email"]
    assert todo[0]["env"] == "ADOBE_CLIENT_SECRET" and payload["applied"] is False


# --- command line and end to end with the scanner ----------------------------------------------------

def cli(*args: str) -> tuple[int, str, str]:
    from click.testing import CliRunner

    from auditor.cli import main

    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_diff_mode_prints_and_writes_nothing(tree: Path) -> None:
    before = _snapshot(tree)
    code, out, _ = cli("fix", str(tree / "ust"))
    assert code == 0 and "+authentication_method: oauth" in out and "Nothing was written" in out
    assert _snapshot(tree) == before


def test_cli_apply_json_and_refusal(git_repo: Path) -> None:
    shutil.copy(FIXTURES / "pitchmuc/aanalytics2-config.json", git_repo / "config.json")
    _commit_all(git_repo)
    (git_repo / "config.json").write_text((git_repo / "config.json").read_text() + "\n")
    code, _, err = cli("fix", "--apply", str(git_repo))
    assert code == EXIT_USAGE and "config.json" in err and "--force" in err
    code, out, _ = cli("fix", "--apply", "--force", "-f", "json", str(git_repo))
    payload = json.loads(out)
    assert code == 0 and payload["applied"] and payload["files"][0]["todo"][0]["key_path"] == "scopes"
    assert cli("fix", str(git_repo))[1] == "No config to rewrite.\n"


def test_cli_force_needs_apply(tree: Path) -> None:
    assert cli("fix", "--force", str(tree))[0] == EXIT_USAGE


def _findings(root: Path) -> dict[str, set[str]]:
    code, out, err = cli("scan", str(root), "-f", "json", "--fail-on", "never", "--as-of", "2026-06-01")
    assert code == 0, err
    kinds: dict[str, set[str]] = {}
    for finding in json.loads(out)["findings"]:
        kinds.setdefault(finding["path"], set()).add(finding["kind"])
    return kinds


# Fixed files whose OAuth form the rule pack recognises (it has no rule yet for the aanalytics2/aepp
# config `scopes` key, a generic ADOBE_SCOPES variable or a Postman SCOPES variable).
OAUTH_RECOGNISED = sorted(set(CHANGED) - {"pitchmuc/aanalytics2-config.json", "pitchmuc/aepp-config.json",
                                          "dotenv/service.env", "postman/adobe-io.postman_environment.json"})


def test_end_to_end_scan_fix_scan(tree: Path) -> None:
    for expected in tree.rglob("*.expected"):
        expected.unlink()
    jwt_kinds = set(JWT_KINDS)  # deprecated-jwt, jwt-config, jwt-dependency, key-material
    before = _findings(tree)
    assert all(before.get(name, set()) & jwt_kinds for name in CHANGED)
    code, out, _ = cli("fix", "--apply", str(tree))
    assert code == 0 and f"Wrote {len(CHANGED)} file(s)." in out
    after = _findings(tree)
    assert {name: after[name] & jwt_kinds for name in CHANGED if after.get(name, set()) & jwt_kinds} == {}
    assert [name for name in OAUTH_RECOGNISED if "oauth-s2s" not in after.get(name, set())] == []
    assert after["code/ims_token.py"] & jwt_kinds  # code is planned, not rewritten
