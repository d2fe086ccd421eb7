"""Command line: parse options, build a request, call the library, pick a reporter. The one error boundary."""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from auditor import __version__, reporters
from auditor.errors import (
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    AuditError,
    UsageError,
)
from auditor.model import SEVERITY_NAMES

EXIT_CODES_HELP = """Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, config or
rule error; 3 internal error; 130 interrupted."""


class _Boundary(click.Group):
    """Maps every failure to one `error: ...` line and an exit code; a traceback only with --debug."""

    def main(self, args: Sequence[str] | None = None, *a: Any, **kw: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        debug = "--debug" in argv or bool(os.environ.get("JWT_AUDIT_DEBUG"))
        kw["standalone_mode"] = False
        try:
            rv = super().main(argv, *a, **kw)
            sys.exit(rv if isinstance(rv, int) else EXIT_OK)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(EXIT_USAGE if exc.exit_code in (1, 2) else exc.exit_code)
        except (click.Abort, KeyboardInterrupt):
            click.echo("error: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except AuditError as exc:
            if debug:
                import traceback

                traceback.print_exc()
            click.echo(f"error: {exc.message}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            sys.exit(EXIT_OK)
        except Exception as exc:  # the boundary: anything unexpected is an internal error
            if debug:
                import traceback

                traceback.print_exc()
            from auditor.redact import redact  # an exception message may quote what it choked on

            first = redact(str(exc).splitlines()[0]) if str(exc) else ""
            click.echo(f"error: internal error: {type(exc).__name__}: {first} (run with --debug for details)",
                       err=True)
            sys.exit(EXIT_INTERNAL)


@click.group(cls=_Boundary, help="Find deprecated JWT service-account integrations and drive their migration "
             "to OAuth Server-to-Server.\n\n" + EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="jwt-audit")
def main() -> None:
    """jwt-audit."""


def today() -> dt.date:
    """The only place that reads the clock; everything below takes the date as an argument."""
    return dt.date.today()


def parse_date_option(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


def parse_size(text: str) -> int:
    """`10M`, `512k`, `1G` or a byte count."""
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    t = text.strip().lower().rstrip("b")
    try:
        if t and t[-1] in units:
            return int(float(t[:-1]) * units[t[-1]])
        return int(t)
    except ValueError:
        raise UsageError(f"--max-file-size must be a size like 20M or 512k, got {text!r}") from None


def write_output(text: str, output: str | None) -> None:
    """To stdout, or atomically to a file (a temp file renamed into place: no partial file on Ctrl-C)."""
    if not output or output == "-":
        click.echo(text, nl=False)
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UsageError(f"--output: folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def use_color(output: str | None) -> bool:
    return (not output or output == "-") and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def fail_code(report: dict[str, Any], fail_on: str) -> int:
    """1 when an unsuppressed finding fails (at or above `fail_on`, or by its gate outcome), else 0."""
    from auditor.gate import exit_code

    return exit_code(report, fail_on)


def render(report: dict[str, Any], fmt: str, output: str | None, **opts: Any) -> None:
    try:
        reporter = reporters.get(fmt)
    except KeyError:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(reporters.formats())}") from None
    write_output(reporter(report, reporters.RenderOptions(color=use_color(output), **opts)), output)


FAIL_LEVELS = [*SEVERITY_NAMES, "never"]


# --- scan ---------------------------------------------------------------------------------------------


def _progress(enabled: bool) -> Any:
    """A files-done progress line on stderr, only on a TTY and never in CI."""
    if not enabled or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    state = {"last": -1}

    def show(done: int, total: int, repo: str, repos_done: int, repos: int) -> None:
        pct = done * 100 // max(total, 1)
        if pct != state["last"] or done == total:
            state["last"] = pct
            bar = "#" * (pct // 4)
            where = f"{repos_done}/{repos} repos  " if repos > 1 else ""
            click.echo(f"\r[{bar:<25}] {done}/{total} files  {where}{repo[-40:]:<40}", err=True, nl=done == total)

    return show


def read_repos_file(path: str) -> list[str]:
    """Roots listed one per line; blank lines and # comments ignored."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"--repos-file {path}: {exc.strerror or exc}") from None
    return [ln.strip() for ln in lines if ln.strip() and not ln.strip().startswith("#")]


def shard(roots: list[str], spec: str | None) -> list[str]:
    """Roots of shard K of N (1-based), by position in the sorted list: deterministic on every machine."""
    if not spec:
        return roots
    try:
        k, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise UsageError(f"--shard must look like K/N (e.g. 2/4), got {spec!r}") from None
    if not 1 <= k <= n:
        raise UsageError(f"--shard {spec}: K must be between 1 and N")
    ordered = sorted(dict.fromkeys(roots))
    return [r for i, r in enumerate(ordered) if i % n == k - 1]


# --- PR gate: config, org policy, baseline, --diff, inline ignores (owner: config.py / gate.py) ---------


def gate_request(paths: list[str], opts: dict[str, Any], progress: Any = None) -> tuple[Any, str]:
    """A ScanRequest from command-line `opts` merged over the repo config and under the org policy."""
    from auditor import config, gate, suppress
    from auditor.api import ScanRequest

    cli = {"as_of": opts.get("as_of"), "cutoff": opts.get("cutoff"), "fail_on": opts.get("fail_on"),
           "rules": list(opts.get("rule_paths") or ()), "packs": list(opts.get("packs") or ()),
           "exclude": list(opts.get("exclude") or ()), "include_vendored": opts.get("include_vendored") or None,
           "docs": opts.get("docs") or None,
           "max_file_size": opts.get("max_file_size"), "baseline": opts.get("baseline"),
           "inline_ignores": False if opts.get("no_inline_ignores") else None}
    eff = config.resolve(cli, paths[0] if paths else ".", opts.get("config_path"), opts.get("policy_path"))
    fail_on = eff.get("fail_on", "high")
    policy = eff.policy or {}
    options = gate.GateOptions(
        fail_on=fail_on, diff_ref=opts.get("diff_ref"), baseline=eff.get("baseline"),
        inline_ignores=eff.get("inline_ignores", True), require_reason=eff.get("require_reason", False),
        forbidden_by=policy.get("file", "") if policy.get("forbid_inline_ignores") else "",
        severity=eff.get("severity", {}), severity_raise_only=eff.get("severity_raise_only", False),
        disable=tuple(eff.get("disable", ())), enable=tuple(eff.get("enable", ())),
        gates=gate.parse_gates(eff.get("gates", [])),
        suppressions=tuple(suppress.from_config(eff.get("suppressions", []), eff.config or "policy")),
        policy=eff.policy,
    )
    request = ScanRequest(
        paths=paths, as_of=parse_date_option(eff.get("as_of"), "--as-of") or today(),
        cutoff=parse_date_option(eff.get("cutoff"), "--cutoff"), rules=[Path(p) for p in eff.get("rules", [])],
        packs=eff.get("packs", ()), jobs=opts.get("jobs") or 0, include_vendored=bool(eff.get("include_vendored")),
        include_docs=bool(eff.get("docs")),
        max_file_size=parse_size(str(eff.get("max_file_size", "20M"))), excludes=eff.get("exclude", ()),
        progress=progress, gate=options,
    )
    return request, fail_on


def gate_options(f: Any) -> Any:
    """The options `scan` and `baseline create` share for config and policy."""
    f = click.option("--policy", "policy_path", type=click.Path(),
                     help="Organisation policy file: wins over the repo config; can forbid ignores.")(f)
    f = click.option("--no-inline-ignores", is_flag=True, help="Ignore `jwt-audit: ignore[...]` comments (audits).")(f)
    return f


# --- end PR gate ---------------------------------------------------------------------------------------


@main.command("scan", epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1)
@click.option("-f", "--format", "fmt", default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", help="Write the report to FILE (default stdout).")
@click.option("--as-of", help="Judge severities at this date (YYYY-MM-DD); default today.")
@click.option("--cutoff", help="Move the pack's primary cutoff (Adobe: 2025-01-01) to this date.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None, help="Exit 1 at or above this severity [high].")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(), help="Extra rule file or folder (repeatable).")
@click.option("--pack", "packs", multiple=True, help="Only these rule packs (repeatable).")
@click.option("--config", "config_path", type=click.Path(), help="Config file (default .jwt-audit.yml or pyproject).")
@click.option("--repos-file", help="More roots, one path per line.")
@click.option("--shard", help="Scan only shard K of N of the roots, e.g. 1/4.")
@click.option("--jobs", type=click.IntRange(min=0), default=0, help="Worker processes; 0 = all cores.")
@click.option("--exclude", multiple=True, help="Glob of paths not to scan (repeatable).")
@click.option("--include-vendored", is_flag=True, help="Also scan node_modules, vendor, .venv, site-packages...")
@click.option("--docs", is_flag=True, help="Also report code examples in documentation (Markdown, reST, text), at low confidence.")
@click.option("--max-file-size", default=None, help="Skip files larger than this [20M].")
@click.option("--diff", "diff_ref", metavar="REF", help="Only findings on lines added or changed since git REF.")
@click.option("--baseline", type=click.Path(), help="Only findings not accepted in this baseline file.")
@gate_options
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--verbose", "-v", is_flag=True, help="List every file not scanned in text output.")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.pass_context
def scan_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str | None, as_of: str | None,
                 cutoff: str | None, fail_on: str | None, rule_paths: tuple[str, ...], packs: tuple[str, ...],
                 config_path: str | None, repos_file: str | None, shard: str | None, jobs: int,
                 exclude: tuple[str, ...], include_vendored: bool, docs: bool, max_file_size: str | None,
                 diff_ref: str | None,
                 baseline: str | None, policy_path: str | None, no_inline_ignores: bool, quiet: bool,
                 verbose: bool, debug: bool) -> int:
    """Scan PATHS (default .) for JWT service-account usage and OAuth Server-to-Server markers."""
    from auditor.api import scan as run_scan
    from auditor.report import to_dict

    roots = list(paths) + (read_repos_file(repos_file) if repos_file else [])
    roots = globals()["shard"](roots or ["."], shard)
    request, effective_fail_on = gate_request(roots, ctx.params, None if quiet else _progress(True))
    result = run_scan(request)
    report = to_dict(result)
    render(report, fmt, output, verbose=verbose)
    # --- GitHub job summary (owner: reporters/github.py): Markdown into $GITHUB_STEP_SUMMARY when set ---
    if fmt == "github":
        from auditor.reporters.github import write_step_summary

        write_step_summary(report, os.environ)
    # --- end GitHub job summary ---
    return fail_code(report, effective_fail_on)


# --- report, explain, rules ---------------------------------------------------------------------------


@main.command("report")
@click.argument("saved", type=click.Path())
@click.option("-f", "--format", "fmt", default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", help="Write to FILE (default stdout).")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="never", show_default=True)
def report_command(saved: str, fmt: str, output: str | None, fail_on: str) -> int:
    """Re-render a saved JSON report in any format."""
    from auditor.report import load

    report = load(Path(saved))
    render(report, fmt, output)
    return fail_code(report, fail_on)


def _ruleset(rule_paths: Sequence[str] = (), packs: Sequence[str] = ()) -> Any:
    from auditor.ruleset import load_rules

    return load_rules([Path(p) for p in rule_paths], packs)


@main.command("explain")
@click.argument("rule_id")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(), help="Extra rule file or folder.")
def explain_command(rule_id: str, rule_paths: tuple[str, ...]) -> None:
    """Print a rule's description, severity schedule and full remediation."""
    from auditor.explain import explain

    click.echo(explain(_ruleset(rule_paths), rule_id.upper(), today()))


@main.group("rules")
def rules_group() -> None:
    """List, show, validate and test rule packs."""


@rules_group.command("list")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(), help="Extra rule file or folder.")
@click.option("--pack", "packs", multiple=True, help="Only these packs.")
def rules_list(rule_paths: tuple[str, ...], packs: tuple[str, ...]) -> None:
    """Show the loaded packs and their rules."""
    from auditor.explain import list_rules

    click.echo(list_rules(_ruleset(rule_paths, packs)))


@rules_group.command("show")
@click.argument("rule_id")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(), help="Extra rule file or folder.")
def rules_show(rule_id: str, rule_paths: tuple[str, ...]) -> None:
    """Same as `explain RULE-ID`."""
    from auditor.explain import explain

    click.echo(explain(_ruleset(rule_paths), rule_id.upper(), today()))


@rules_group.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def rules_validate(paths: tuple[str, ...]) -> None:
    """Validate rule pack files; errors name file, line, rule id and problem."""
    from auditor.ruleset import load_rules

    rs = load_rules([Path(p) for p in paths], builtin=False)
    click.echo(f"ok: {len(rs.packs)} pack(s), {len(rs.rules)} rule(s) valid")


@rules_group.command("test")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(), help="Extra rule file or folder.")
@click.option("--pack", "packs", multiple=True, help="Only these packs.")
@click.option("--as-of", help="Date to judge at (does not change what matches).")
def rules_test(paths: tuple[str, ...], rule_paths: tuple[str, ...], packs: tuple[str, ...], as_of: str | None) -> int:
    """Run rules on fixture files annotated with `expect: RULE-ID` / `ok: RULE-ID`; exit 1 on any mismatch."""
    from auditor.ruletest import render_results, run_fixtures

    results = run_fixtures([Path(p) for p in paths], _ruleset(rule_paths, packs),
                           parse_date_option(as_of, "--as-of") or today())
    text, failed = render_results(results)
    click.echo(text)
    return EXIT_FINDINGS if failed else EXIT_OK



# --- verify command ---
DEFAULT_IMS_URL = "https://ims-na1.adobelogin.com"  # auditor.verify (and requests) load only when verify runs

VERIFY_HELP = """Check an OAuth Server-to-Server credential against the IMS token endpoint.

Reads the credential from environment variables (ADOBE_CLIENT_ID, ADOBE_CLIENT_SECRET, ADOBE_SCOPES;
rename them with the --*-env options) or from --config FILE: a Developer Console OAuth JSON, an
aio-lib-ims context, an App Builder workspace JSON, an aanalytics2/aepp config, a User Sync
connector-umapi.yml (authentication_method: oauth) or a .env file. There is no option for a secret:
command lines end up in shell history.

Secrets go only to Adobe IMS hosts over https (*.adobelogin.com) unless --allow-host names another.
Reports whether IMS grants a token, when it expires and which scopes it carries; the token is shown
only as a sha256 fingerprint.

--check-jwt also signs a JWT with the old Service Account credential (ADOBE_JWT_CLIENT_ID,
ADOBE_JWT_CLIENT_SECRET, ADOBE_JWT_PRIVATE_KEY_FILE, ADOBE_ORG_ID, ADOBE_TECHNICAL_ACCOUNT_ID,
ADOBE_METASCOPES; rename with --jwt-env FIELD=NAME) and tells whether IMS still exchanges it. That
check is informational: it does not change the exit code.

Exit codes: 0 the OAuth credential works; 1 IMS refused it, or IMS could not be reached after the
retries (reported as "could not reach IMS", and "reachable": false in JSON); 2 usage or config error
(a missing variable, a host not allowed, an unusable config file)."""


@main.command("verify", help=VERIFY_HELP, short_help="Check OAuth credentials against the IMS token endpoint.")
@click.option("--ims-url", default=DEFAULT_IMS_URL, show_default=True, metavar="URL",
              help="IMS base URL (stage: https://ims-na1-stg1.adobelogin.com).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST[:PORT]",
              help="Also send credentials to this host (repeatable); plain http is then allowed.")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Read the credential from this file instead of the environment.")
@click.option("--client-id-env", default="ADOBE_CLIENT_ID", show_default=True, metavar="NAME")
@click.option("--client-secret-env", default="ADOBE_CLIENT_SECRET", show_default=True, metavar="NAME")
@click.option("--scopes-env", default="ADOBE_SCOPES", show_default=True, metavar="NAME",
              help="Variable holding the scopes, comma separated.")
@click.option("--check-jwt", is_flag=True, help="Also tell whether the old JWT credential still exchanges.")
@click.option("--jwt-env", "jwt_env", multiple=True, metavar="FIELD=NAME",
              help="Rename a JWT variable, e.g. private_key_file=MY_KEY_PATH (repeatable).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=10.0, show_default=True,
              metavar="SECONDS", help="Per request.")
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True, metavar="N",
              help="Retries on 429, 5xx and connection failures, with exponential backoff.")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
def verify_command(ims_url: str, allow_hosts: tuple[str, ...], config: Path | None, client_id_env: str,
                   client_secret_env: str, scopes_env: str, check_jwt: bool, jwt_env: tuple[str, ...], fmt: str,
                   timeout: float, retries: int, debug: bool) -> int:
    from auditor import verify as _verify

    request = _verify.VerifyRequest(
        ims_url=ims_url, allow_hosts=allow_hosts, config=config, check_jwt=check_jwt,
        names=_verify.EnvNames(client_id_env, client_secret_env, scopes_env),
        jwt_names=_verify.jwt_env_names(jwt_env), net=_verify.NetOptions(timeout=timeout, retries=retries),
    )
    results = _verify.run(request, os.environ, now=dt.datetime.now(dt.timezone.utc))
    click.echo(_verify.render(results, fmt), nl=False)
    return _verify.exit_code(results)


# --- merge, diff, trend -------------------------------------------------------------------------------

COMPARE_FORMATS = ["text", "json", "markdown", "html"]


def _load_reports(paths: Sequence[str]) -> list[tuple[str, dict[str, Any]]]:
    from auditor.report import load

    return [(p, load(Path(p))) for p in paths]


@main.command("merge")
@click.argument("reports", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", help="Write the merged report to FILE (default stdout).")
@click.option("-f", "--format", "fmt", default="json", show_default=True, help="Output format.")
@click.option("--as-of", help="Re-judge every finding at this date (YYYY-MM-DD); needed when the reports differ.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="never", show_default=True)
def merge_command(reports: tuple[str, ...], output: str | None, fmt: str, as_of: str | None, fail_on: str) -> int:
    """Combine saved JSON reports (e.g. the shards of one scan) into one; duplicates are removed."""
    from auditor.merge import merge

    merged = merge(_load_reports(reports), parse_date_option(as_of, "--as-of"))
    render(merged, fmt, output)
    return fail_code(merged, fail_on)


@main.command("diff")
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option("-f", "--format", "fmt", type=click.Choice(COMPARE_FORMATS), default="text", show_default=True)
@click.option("-o", "--output", help="Write to FILE (default stdout).")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="never", show_default=True,
              help="Exit 1 when a new finding is at or above this severity.")
def diff_command(old: str, new: str, fmt: str, output: str | None, fail_on: str) -> int:
    """New, fixed and still-open findings and integrations between two saved JSON reports, and progress."""
    from auditor import compare

    (_, before), (_, after) = _load_reports([old, new])
    result = compare.diff(before, after)
    write_output(compare.render_diff(result, fmt), output)
    return fail_code({"findings": result["findings"]["new"]}, fail_on)


@main.command("trend")
@click.argument("reports", nargs=-1, required=True, type=click.Path())
@click.option("-f", "--format", "fmt", type=click.Choice(COMPARE_FORMATS), default="text", show_default=True)
@click.option("-o", "--output", help="Write to FILE (default stdout).")
def trend_command(reports: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Progress over many saved JSON reports, ordered by their as-of dates."""
    from auditor import compare

    write_output(compare.render_trend(compare.trend(_load_reports(reports)), fmt), output)


@main.command("shard")
@click.argument("spec")
@click.argument("roots", nargs=-1)
@click.option("--repos-file", help="More roots, one path per line.")
def shard_command(spec: str, roots: tuple[str, ...], repos_file: str | None) -> None:
    """Print the roots of shard K/N, one per line: what `scan --shard K/N` scans (clone only those)."""
    listed = list(roots) + (read_repos_file(repos_file) if repos_file else [])
    if not listed:
        raise UsageError("shard: give the roots, or --repos-file FILE")
    for root in shard(listed, spec):
        click.echo(root)


# --- plan ---------------------------------------------------------------------------------------------


@main.command("plan")
@click.argument("paths", nargs=-1)
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
              show_default=True)
@click.option("-o", "--output", help="Write to FILE (default stdout).")
@click.option("--as-of", help="Judge deadlines at this date (YYYY-MM-DD); default today.")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(), help="Extra rule file or folder.")
@click.option("--all", "show_all", is_flag=True, help="Also show integrations already migrated.")
def plan_command(paths: tuple[str, ...], fmt: str, output: str | None, as_of: str | None,
                 rule_paths: tuple[str, ...], show_all: bool) -> None:
    """Migration plan per integration: steps, APIs, scopes, files to change and code per language."""
    import json

    from auditor.api import ScanRequest
    from auditor.api import scan as run_scan
    from auditor.remediation import render_markdown, render_text
    from auditor.report import to_dict

    report = to_dict(run_scan(ScanRequest(paths=list(paths) or ["."], rules=[Path(p) for p in rule_paths],
                                          as_of=parse_date_option(as_of, "--as-of") or today())))
    ints = [i for i in report["integrations"] if show_all or i["status"] != "migrated"]
    if fmt == "json":
        text = json.dumps(ints, indent=2, ensure_ascii=False) + "\n"
    elif not ints:
        text = "No integration left to migrate.\n"
    else:
        render_one = render_markdown if fmt == "markdown" else render_text
        text = "\n\n".join(render_one(i) for i in ints) + "\n"
    write_output(text, output)


# --- fix command ---
FIX_HELP = """Rewrite configs whose OAuth Server-to-Server form is known; code is only planned.

Families: aio-lib-ims contexts and aio config, Cloud Manager plugin context, User Sync Tool
connector-umapi.yml / connector-adobe-console.yml, aanalytics2/aepp/cjapy config JSON, Developer Console
credential JSON, App Builder workspace JSON, .env variables, aio-lib-java workspace properties, PDF
Services credentials, GitHub workflows using adobe/aio-apps-action, Postman environments.

Default: print a unified diff (secret values shown as ****) and change nothing. --apply writes each file
atomically; a file with uncommitted changes, or untracked or git-ignored inside a git work tree, is
refused unless --force. No secret is invented: a value you must supply is written as
<set from env NAME> and listed under "Fill in" with its file and key path.

Exit codes: 0 diff printed, files written or nothing to fix; 2 refused files or usage error."""


@main.command("fix", help=FIX_HELP, short_help="Rewrite known JWT configs to OAuth Server-to-Server.")
@click.argument("paths", nargs=-1)
@click.option("--apply", "apply_", is_flag=True, help="Write the changes (default: only print the diff).")
@click.option("--force", is_flag=True, help="With --apply: also rewrite files git cannot restore.")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--include-vendored", is_flag=True, help="Also look in node_modules, vendor, .venv, ...")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
def fix_command(paths: tuple[str, ...], apply_: bool, force: bool, fmt: str, include_vendored: bool,
                debug: bool) -> int:
    from auditor import fix as _fix
    from auditor.fix.report import RENDERERS

    if force and not apply_:
        raise UsageError("--force only makes sense with --apply")
    fixes = _fix.plan_fixes(list(paths) or ["."], include_vendored=include_vendored)
    written = _fix.apply_fixes(fixes, force=force) if apply_ else None
    click.echo(RENDERERS[fmt](fixes, written), nl=False)
    return EXIT_OK


# --- baseline (owner: baseline.py) ---------------------------------------------------------------------


@main.group("baseline")
def baseline_group() -> None:
    """Accepted findings, for `scan --baseline FILE` to report only new ones."""


@baseline_group.command("create")
@click.argument("paths", nargs=-1)
@click.option("-o", "--output", required=True, help="Baseline file to write.")
@click.option("--as-of", help="Judge severities at this date (YYYY-MM-DD); default today.")
@click.option("--rules", "rule_paths", multiple=True, type=click.Path(), help="Extra rule file or folder (repeatable).")
@click.option("--pack", "packs", multiple=True, help="Only these rule packs (repeatable).")
@click.option("--config", "config_path", type=click.Path(), help="Config file (default .jwt-audit.yml or pyproject).")
@click.option("--exclude", multiple=True, help="Glob of paths not to scan (repeatable).")
@click.option("--include-vendored", is_flag=True, help="Also scan node_modules, vendor, .venv, site-packages...")
@click.option("--docs", is_flag=True, help="Also report code examples in documentation (Markdown, reST, text).")
@click.option("--max-file-size", default=None, help="Skip files larger than this [20M].")
@click.option("--jobs", type=click.IntRange(min=0), default=0, help="Worker processes; 0 = all cores.")
@gate_options
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.pass_context
def baseline_create(ctx: click.Context, paths: tuple[str, ...], output: str, **_: Any) -> int:
    """Accept every current finding of PATHS (default .): write them to a versioned baseline file.

    Secrets are stored only as hashes, locations as key paths or hashes; no line numbers, so the file
    does not change when unrelated lines move. Inline-suppressed findings are not written."""
    import dataclasses

    from auditor import baseline
    from auditor.api import scan as run_scan

    request, _fail_on = gate_request(list(paths) or ["."], ctx.params, None if ctx.params["quiet"] else _progress(True))
    request = dataclasses.replace(request, gate=dataclasses.replace(request.gate, baseline=None, gates=(),
                                                                    want_keys=True))
    result = run_scan(request)
    keys = result.meta["baseline_keys"]
    accepted = [keys[f.fingerprint] for f in result.findings if not f.suppressed]
    write_output(baseline.dumps(accepted, request.as_of.isoformat()), output)
    click.echo(f"baseline: {len(accepted)} finding(s) accepted in {output}", err=True)
    return EXIT_OK
