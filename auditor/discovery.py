"""Which files to scan, and why the others are not: git ls-files in a work tree, else a .gitignore-aware walk."""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import os
import re
import stat
import subprocess
import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pathspec


from auditor import launch
from auditor.model import LazyRegex, SkippedFile

# Dependency and vendor folders: third-party code, judged by the project's own configuration instead.
VENDORED_DIRS = frozenset({
    "node_modules", "bower_components", "jspm_packages", "vendor", "site-packages", "dist-packages",
    ".venv", "venv", ".tox", ".nox", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache",
    "Pods", ".gradle", ".m2", ".yarn", ".pnpm-store", ".terraform",
})
VCS_DIRS = frozenset({".git", ".hg", ".svn"})
DEFAULT_MAX_SIZE = 20 * 1024 * 1024


UNKNOWN_SIZE = -1


class Candidate(NamedTuple):
    """A file to read: `rel` is relative to its root (POSIX), `repo` names the root in reports. A tuple:
    a monorepo lists hundreds of thousands of them."""

    repo: str
    root: str
    rel: str
    size: int

    @property
    def abspath(self) -> str:
        return os.path.join(self.root, self.rel)


@dataclass(frozen=True)
class DiscoveryOptions:
    include_vendored: bool = False
    max_size: int = DEFAULT_MAX_SIZE
    excludes: tuple[str, ...] = ()
    use_git: bool = True


@dataclass
class Root:
    """One scanned root (a repo in the report) and what discovery found in it."""

    repo: str
    path: str
    files: list[Candidate] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    git: bool = False
    notices: list[str] = field(default_factory=list)  # what the report's `errors` should say about this root


def gitignore_spec(lines: Sequence[str]) -> pathspec.GitIgnoreSpec:
    """A gitignore-style matcher. pathspec's pure-Python backend: the Hyperscan one it picks when Hyperscan is
    installed costs ~20 ms to compile per spec, far more than the few hundred paths each spec ever sees.
    Imported here: a scan of a git work tree with no --exclude never needs it in the parent process."""
    import pathspec

    try:
        return pathspec.GitIgnoreSpec.from_lines(lines, backend="simple")
    except TypeError:  # pathspec < 1.0 has one backend only
        return pathspec.GitIgnoreSpec.from_lines(lines)


def glob_regexes(globs: Sequence[str]) -> tuple[LazyRegex, ...] | None:
    """The regexes pathspec matches gitignore-style globs with, when they decide alone: a path matches the
    globs when one of them finds it (no negation, whose order would matter). None: use `gitignore_spec`."""
    if not globs:
        return None
    out = []
    for p in gitignore_spec(globs).patterns:
        if p.include is None:  # a blank line or a comment
            continue
        regex = getattr(p, "regex", None)
        if not p.include or not isinstance(regex, re.Pattern) or not isinstance(regex.pattern, str):
            return None
        out.append(LazyRegex(regex.pattern, regex.flags, anchors=None))
    return tuple(out)


def globs_match(globs: Sequence[str], regexes: Sequence[LazyRegex] | None, path: str) -> bool:
    """Whether `path` (relative, `/`-separated) matches the globs, as `gitignore_spec(globs).match_file`."""
    if regexes is not None:
        return any(rx.compiled.search(path) is not None for rx in regexes)
    key = tuple(globs)
    if key not in _GLOB_SPECS:
        _GLOB_SPECS[key] = gitignore_spec(globs)
    return bool(_GLOB_SPECS[key].match_file(path))


_GLOB_SPECS: dict[tuple[str, ...], pathspec.GitIgnoreSpec] = {}


def repo_name(arg: str) -> str:
    """The name a root has in reports: the path as the user gave it, normalised."""
    norm = os.path.normpath(arg).replace(os.sep, "/")
    return display_path(norm or ".")


def display_path(path: str) -> str:
    """A path as reports show it: valid Unicode, each byte that is not UTF-8 written as `%XX`.

    Not a backslash escape: report paths use POSIX separators and never contain one."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return "".join(f"%{ord(ch) - 0xDC00:02X}" if 0xDC80 <= ord(ch) <= 0xDCFF else ch for ch in path)


def discover(paths: Sequence[str], opts: DiscoveryOptions) -> list[Root]:
    """One Root per path argument; a file argument is a root of its own, holding just that file."""
    roots = []
    for arg in paths:
        root = Root(repo=repo_name(arg), path=arg)
        _fill(root, opts)
        roots.append(root)
    return roots


def _fill(root: Root, opts: DiscoveryOptions) -> None:
    try:
        st = os.lstat(root.path)
    except OSError as exc:
        root.skipped.append(SkippedFile(root.repo, f"cannot read: {exc.strerror or exc}", root.repo))
        return
    if not stat.S_ISDIR(st.st_mode):  # a file, link, FIFO or device named on the command line
        parent, name = os.path.split(os.path.abspath(root.path))
        root.path = parent
        _consider(root, name, opts, os.lstat(os.path.join(parent, name)))
    else:
        _fill_dir(root, opts)
    # paths that are not UTF-8 are shown escaped; Candidate.rel keeps the real name for reading
    root.skipped = [dataclasses.replace(s, path=display_path(s.path)) for s in root.skipped]


def _fill_dir(root: Root, opts: DiscoveryOptions) -> None:
    listed = _git_files(root) if opts.use_git else None
    root.git = listed is not None
    excludes = gitignore_spec(opts.excludes) if opts.excludes else None
    rels = listed if listed is not None else list(_walk(root, opts))
    if excludes is None:  # the usual case: a list comprehension, vendored paths found in the whole listing at once
        vendored = set() if opts.include_vendored else _vendored_indexes(rels)
        repo, path = root.repo, root.path
        # No stat here: the workers stat each file as they open it (stat_reason), in parallel.
        root.files.extend([Candidate(repo, path, rel, UNKNOWN_SIZE) for k, rel in enumerate(rels) if k not in vendored])
        seen: set[str] = set()
        for k in sorted(vendored):
            vdir = _vendored_prefix(rels[k])
            if vdir is not None and vdir not in seen:
                seen.add(vdir)
                root.skipped.append(SkippedFile(vdir + "/", "vendored dependency folder (use --include-vendored)", root.repo))
        return
    vendored_seen: set[str] = set()
    for rel in rels:
        if excludes is not None and excludes.match_file(display_path(rel)):
            root.skipped.append(SkippedFile(rel, "excluded by --exclude/config", root.repo))
            continue
        vdir = _vendored_prefix(rel) if not opts.include_vendored else None
        if vdir is not None:
            if vdir not in vendored_seen:
                vendored_seen.add(vdir)
                root.skipped.append(SkippedFile(vdir + "/", "vendored dependency folder (use --include-vendored)", root.repo))
            continue
        # No stat here: the workers stat each file as they open it (stat_reason), in parallel.
        root.files.append(Candidate(root.repo, root.path, rel, UNKNOWN_SIZE))


def _consider(root: Root, rel: str, opts: DiscoveryOptions, st: os.stat_result) -> None:
    reason = _stat_reason(root, rel, st, opts)
    if reason:
        root.skipped.append(SkippedFile(rel, reason, root.repo))
    else:
        root.files.append(Candidate(root.repo, root.path, rel, st.st_size))


def _stat_reason(root: Root, rel: str, st: os.stat_result, opts: DiscoveryOptions) -> str:
    return stat_reason(root.path, rel, st, opts.max_size)


def stat_reason(root: str, rel: str, st: os.stat_result, max_size: int) -> str:
    """Why a listed path is not scanned (a symlink, not a regular file, too large), or ''."""
    if stat.S_ISLNK(st.st_mode):
        return _symlink_reason(root, rel)
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (" + _file_type(st.st_mode) + ")"
    if st.st_size > max_size:
        return f"larger than the size limit ({st.st_size} > {max_size} bytes; see --max-file-size)"
    return ""


def _symlink_reason(root: str, rel: str) -> str:
    full = os.path.join(root, rel)
    try:
        target = os.path.realpath(full, strict=True)
    except (OSError, RuntimeError):
        return "symbolic link: broken or looping, not followed"
    base = os.path.realpath(root)
    if os.path.commonpath([base, target]) != base:
        return "symbolic link pointing outside the scanned root, not followed"
    return "symbolic link inside the root, not followed (its target is scanned under its own path)"


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket"), (stat.S_ISDIR, "directory")):
        if test(mode):
            return name
    return "special file"


def _os_reason(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc}"


_VENDORED_IN_LISTING = re.compile("/(?:" + "|".join(re.escape(d) for d in sorted(VENDORED_DIRS)) + ")/")
_VENDORED = re.compile("(?:^|/)(?:" + "|".join(re.escape(d) for d in sorted(VENDORED_DIRS)) + ")/")


def _vendored_indexes(rels: list[str]) -> set[int]:
    """The indexes of the paths inside a vendored folder: one regex search over the whole listing (it tries
    only where a `/` is), instead of one per path."""
    listing = "/" + "\n/".join(rels) + "\n"  # each path starts with "/": a top-level folder matches too
    ends: list[int] | None = None
    out: set[int] = set()
    pos = 0
    while (m := _VENDORED_IN_LISTING.search(listing, pos)) is not None:
        if ends is None:
            ends = list(itertools.accumulate(len(r) + 2 for r in rels))  # offset just past each path's newline
        k = bisect.bisect_right(ends, m.start())
        out.add(k)
        pos = ends[k]  # the next path
    return out


def _vendored_prefix(rel: str) -> str | None:
    m = _VENDORED.search(rel)  # one C-level search: most paths are not vendored
    return rel[:m.end() - 1] if m else None


def _git_files(root: Root) -> list[str] | None:
    """Tracked plus untracked-not-ignored files under the root, relative to it; None outside a work tree."""
    cmd = launch.git_ls_files(root.path)
    try:
        # already running since start-up when the entry point guessed this folder (auditor/launch.py)
        out = launch.take(cmd, timeout=600) or subprocess.run(cmd, capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:  # e.g. a broken index: fall back to the walk, which honours .gitignore itself
        why = (out.stderr.decode("utf-8", "replace").strip().splitlines() or [f"exit {out.returncode}"])[-1]
        if "not a git repository" in why.lower() or "outside repository" in why.lower():
            return None  # a plain folder (or one inside a repo's .git): walked, nothing to report
        root.notices.append(f"{root.repo}: git ls-files failed ({why}); "
                            "files were listed by walking the folder, honouring .gitignore")
        return None
    names = out.stdout.decode(sys.getfilesystemencoding(), "surrogateescape").split("\0")  # = os.fsdecode, at once
    return sorted(set(names) - {""})


def _walk(root: Root, opts: DiscoveryOptions) -> Iterator[str]:
    """Every file under root, honouring .gitignore files at every level; dir symlinks are not followed."""
    base = root.path
    specs: list[tuple[str, pathspec.GitIgnoreSpec]] = []
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False, onerror=lambda e: _walk_error(root, e)):
        rel_dir = os.path.relpath(dirpath, base).replace(os.sep, "/")
        rel_dir = "" if rel_dir == "." else rel_dir
        specs = [(d, s) for d, s in specs if rel_dir == d or rel_dir.startswith(d + "/") or d == ""]
        spec = _load_gitignore(root, dirpath, rel_dir)
        if spec is not None:
            specs.append((rel_dir, spec))
        keep = []
        for d in sorted(dirnames):
            rel = f"{rel_dir}/{d}" if rel_dir else d
            if d in VCS_DIRS or _ignored(specs, rel + "/"):
                continue
            if os.path.islink(os.path.join(dirpath, d)):
                yield rel  # reported as a symlink by _consider
                continue
            keep.append(d)
        dirnames[:] = keep
        for f in sorted(filenames):
            rel = f"{rel_dir}/{f}" if rel_dir else f
            if not _ignored(specs, rel):
                yield rel


def _walk_error(root: Root, exc: OSError) -> None:
    rel = os.path.relpath(exc.filename or root.path, root.path).replace(os.sep, "/")
    root.skipped.append(SkippedFile(rel + "/", _os_reason(exc), root.repo))


def _load_gitignore(root: Root, dirpath: str, rel_dir: str) -> pathspec.GitIgnoreSpec | None:
    path = os.path.join(dirpath, ".gitignore")
    rel = f"{rel_dir}/.gitignore" if rel_dir else ".gitignore"
    if not os.path.isfile(path) or os.path.islink(path):
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read(1 << 20).splitlines()
    except OSError as exc:
        root.notices.append(f"{root.repo}: {display_path(rel)}: cannot read, not applied: {exc.strerror or exc}")
        return None
    try:
        return _quiet_spec(lines)
    except Exception:  # noqa: BLE001 - pathspec's backends raise their own errors (re.error, hyperscan.error)
        pass
    good = []
    for n, line in enumerate(lines, 1):  # like git, a pattern that does not parse is dropped, the rest apply
        try:
            _quiet_spec([line])
            good.append(line)
        except Exception:  # noqa: BLE001 - see above
            root.notices.append(f"{root.repo}: {display_path(rel)}:{n}: invalid pattern ignored")
    return _quiet_spec(good)


def _quiet_spec(lines: list[str]) -> pathspec.GitIgnoreSpec:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # odd patterns make pathspec's regexes warn (e.g. possible nested set)
        return gitignore_spec(lines)


def _ignored(specs: list[tuple[str, pathspec.GitIgnoreSpec]], rel: str) -> bool:
    ignored = False
    for d, spec in specs:
        sub = rel[len(d) + 1:] if d else rel
        res = spec.check_file(display_path(sub))  # pathspec's backends want names that encode as UTF-8
        if res.include is not None:
            ignored = bool(res.include)
    return ignored
