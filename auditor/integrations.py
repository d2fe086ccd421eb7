"""Group findings into integrations (one credential each) and give integrations and repos a migration status."""
from __future__ import annotations

import dataclasses
import datetime as dt
import posixpath
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from auditor import languages
from auditor.model import JWT_KINDS, OAUTH_KIND, Finding, Integration, Pack, RepoSummary, Severity

MANIFESTS = frozenset({
    "package.json", "pyproject.toml", "setup.py", "setup.cfg", "requirements.txt", "pipfile", "pom.xml",
    "build.gradle", "build.gradle.kts", "go.mod", "composer.json", "gemfile", "cargo.toml", "chart.yaml",
})


@dataclass(frozen=True)
class FileFacts:
    """Per-file facts the engine read from the text: client ids and metascopes, by pack."""

    repo: str
    path: str
    ids: tuple[tuple[str, str], ...] = ()         # (pack, client id)
    metascopes: tuple[tuple[str, str], ...] = ()  # (pack, metascope)


def _facts(facts: Mapping[tuple[str, str], FileFacts], repo: str, path: str) -> FileFacts:
    container = path.split("!/", 1)[0]  # archive members share their archive's facts
    return facts.get((repo, container)) or FileFacts(repo, container)


def counts(finding: Finding) -> str | None:
    """'jwt' or 'oauth' when a finding counts toward a migration status. Low confidence does not, except
    commented-out code: JWT code left in a comment is a migration not finished (two blind corpus authors of
    two who met it); a mention in documentation is not."""
    if finding.suppressed or (finding.confidence == "low" and not finding.details.get("commented")):
        return None
    if finding.kind in JWT_KINDS:
        return "jwt"
    return "oauth" if finding.kind == OAUTH_KIND else None


def status_of(jwt: int, oauth: int) -> str:
    if jwt and oauth:
        return "in-progress"
    if jwt:
        return "not-started"
    return "migrated" if oauth else "clean"


def project_dir(path: str, manifest_dirs: set[str]) -> str:
    """Nearest folder above `path` holding a dependency manifest; else the repo root ('.')."""
    d = posixpath.dirname(path.split("!/", 1)[0])
    while d:
        if d in manifest_dirs:
            return d
        d = posixpath.dirname(d)
    return "."


def _ancestors(folder: str) -> list[str]:
    out = [folder]
    while folder not in (".", ""):
        folder = posixpath.dirname(folder) or "."
        out.append(folder)
    return out


_MANIFEST_ENDINGS = (*sorted(MANIFESTS), ".csproj")


def manifest_dirs(paths: Iterable[str]) -> set[str]:
    out = set()
    for p in paths:  # every file of the repo: one C-level suffix test first, string slicing, no posixpath
        if p.lower().endswith(_MANIFEST_ENDINGS):
            cut = p.rfind("/")
            if p[cut + 1:].lower() in MANIFESTS or p.endswith(".csproj"):
                out.add(p[:cut] if cut >= 0 else "")
    return out


def group(
    findings: Sequence[Finding], facts: Mapping[tuple[str, str], FileFacts], packs: Mapping[str, Pack],
    repo_files: Mapping[str, Sequence[str]], as_of: dt.date,
) -> tuple[list[Finding], list[Integration]]:
    """Findings with their integration id set, and the integrations. An integration is one credential of one
    pack: an Adobe JWT credential and a Zoom app in the same folder are two integrations (their ids name the
    pack when a repo holds findings of several)."""
    assign: dict[tuple[str, str, str], str] = {}
    by_repo_pack: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in findings:
        by_repo_pack[(f.repo, f.pack)].append(f)
    packs_in: dict[str, set[str]] = defaultdict(set)
    for repo, pack in by_repo_pack:
        packs_in[repo].add(pack)
    mdirs = {repo: manifest_dirs(repo_files.get(repo, ())) for repo in packs_in}
    for (repo, pack), items in by_repo_pack.items():
        tag = f"{pack}/" if len(packs_in[repo]) > 1 else ""
        for (_, path), iid in _assign_repo(repo, items, facts, mdirs[repo], pack).items():
            assign[(repo, path, pack)] = iid.replace("#", "#" + tag, 1)
    out = [dataclasses.replace(f, integration=assign.get((f.repo, f.path, f.pack), "")) for f in findings]
    members: dict[str, list[Finding]] = defaultdict(list)
    for f in out:
        if f.integration and f.kind != "exempt":
            members[f.integration].append(f)
    integrations = [_integration(iid, fs, facts, packs) for iid, fs in sorted(members.items())]
    return out, [i for i in integrations if i.jwt_findings or i.oauth_findings]


def _assign_repo(
    repo: str, items: list[Finding], facts: Mapping[tuple[str, str], FileFacts], mdirs: set[str], pack: str
) -> dict[tuple[str, str], str]:
    """Integration id per file: its own client id; else its folder's client id when on the same side; else
    its project folder. An id-less file joins a credential only when they are on the same side of the
    migration: nothing ties an OAuth-only script to a JWT-only credential beside it (or the reverse)."""
    paths = sorted({f.path for f in items})
    sides: dict[str, set[str]] = defaultdict(set)
    for f in items:
        if (side := counts(f)) is not None:
            sides[f.path].add(side)
    file_id: dict[str, str] = {}
    id_sides: dict[str, set[str]] = defaultdict(set)
    dir_ids: dict[str, set[str]] = defaultdict(set)
    for p in paths:
        ids = [i for of, i in _facts(facts, repo, p).ids if of == pack]
        if ids:
            file_id[p] = ids[0]
            id_sides[ids[0]] |= sides[p]
            for d in _ancestors(_folder(p)):
                dir_ids[d].add(ids[0])
    out = {}
    for p in paths:
        cid = file_id.get(p) or _folder_id(_folder(p), dir_ids)
        if cid is not None and (p in file_id or sides[p] <= id_sides[cid]):
            out[(repo, p)] = f"{repo}#client:{cid}"
        else:
            out[(repo, p)] = f"{repo}#project:{project_dir(p, mdirs)}"
    return out


def _folder(path: str) -> str:
    return posixpath.dirname(path.split("!/", 1)[0]) or "."


def _folder_id(folder: str, dir_ids: Mapping[str, set[str]]) -> str | None:
    """The one client id found in the nearest enclosing folder that has any; None when none or ambiguous."""
    for d in _ancestors(folder):
        known = dir_ids.get(d, set())
        if known:
            return next(iter(known)) if len(known) == 1 else None
    return None


def _integration(iid: str, fs: list[Finding], facts: Mapping[tuple[str, str], FileFacts],
                 packs: Mapping[str, Pack]) -> Integration:
    repo = fs[0].repo
    files = sorted({f.path for f in fs})
    jwt = sum(counts(f) == "jwt" for f in fs)
    oauth = sum(counts(f) == "oauth" for f in fs)
    apis, scopes, unknown = _scopes(files, repo, facts, packs)
    certs = tuple(_cert(f) for f in fs if "not_after" in f.details)
    deadline, reason = _deadline(fs, packs, certs)
    head, _, value = iid.partition("#")[2].partition(":")  # "client:<id>", "project:<dir>", "<pack>/client:<id>"
    kind = head.rpartition("/")[2]
    label = f"client id {mask_id(value)}" if kind == "client" else f"project folder {value}"
    langs = tuple(sorted({lang for p in files if (lang := languages.language(p))}))
    return Integration(
        id=iid, repo=repo, status=status_of(jwt, oauth), label=label, apis=apis, scopes=scopes,
        unknown_scopes=unknown, files=tuple(files), deadline=deadline, deadline_reason=reason,
        jwt_findings=jwt, oauth_findings=oauth, languages=langs, certificates=certs,
    )


def mask_id(client_id: str) -> str:
    """Client ids are not secret, but the report only needs enough to recognise one."""
    return client_id if len(client_id) <= 12 else f"{client_id[:6]}…{client_id[-4:]}"


def _cert(f: Finding) -> dict[str, Any]:
    return {"path": f.path, "line": f.line, "subject": f.details.get("subject", ""), "not_after": f.details["not_after"]}


def _scopes(files: list[str], repo: str, facts: Mapping[tuple[str, str], FileFacts],
            packs: Mapping[str, Pack]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    apis: list[str] = []
    scopes: list[str] = []
    unknown: list[str] = []
    for p in files:
        for pack_name, ms in _facts(facts, repo, p).metascopes:
            pack = packs.get(pack_name)
            for metascope, api, oauth in pack.api_map if pack else ():
                if metascope != ms:
                    continue
                apis.append(api)
                scopes.extend(oauth)
                if not oauth:
                    unknown.append(metascope)
    return tuple(dict.fromkeys(apis)), tuple(dict.fromkeys(scopes)), tuple(sorted(set(unknown)))


def _deadline(fs: list[Finding], packs: Mapping[str, Pack], certs: tuple[dict[str, Any], ...]) -> tuple[str | None, str]:
    if not any(counts(f) == "jwt" for f in fs):
        return None, ""
    stops = [p.hard_stop for p in (packs.get(f.pack) for f in fs) if p is not None and p.hard_stop is not None]
    stop = min(stops, key=lambda m: m.date) if stops else None
    best: tuple[str | None, str] = (stop.date.isoformat(), f"{stop.title} ({stop.date.isoformat()})") if stop else (None, "")
    for c in sorted(certs, key=lambda c: c["not_after"]):
        if best[0] is None or c["not_after"] < best[0]:
            best = (c["not_after"], f"certificate {c['subject'] or c['path']} expires {c['not_after']}, "
                                    f"before {best[1] or 'the final stop'}")
        break
    return best


STATUS_ORDER = ("not-started", "in-progress", "migrated")


def _repo_status(findings: Sequence[Finding]) -> str:
    """The least advanced migration among the repo's packs: an Adobe JWT credential not started stays
    not-started even when the same repo already moved a Zoom app to OAuth."""
    by_pack: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        if (side := counts(f)) is not None:
            by_pack[f.pack].append(side)
    statuses = [status_of(sides.count("jwt"), sides.count("oauth")) for sides in by_pack.values()]
    return min(statuses, key=STATUS_ORDER.index) if statuses else "clean"


def repo_summaries(
    roots: Sequence[tuple[str, int, int]], findings: Sequence[Finding], integrations: Sequence[Integration]
) -> list[RepoSummary]:
    """Status, counts by severity, integrations and nearest deadline of each scanned root."""
    out = []
    for repo, scanned, skipped in roots:
        fs = [f for f in findings if f.repo == repo and not f.suppressed]
        ints = [i for i in integrations if i.repo == repo]
        deadlines = sorted(i.deadline for i in ints if i.deadline and i.status != "migrated")
        out.append(RepoSummary(
            root=repo, status=_repo_status(fs),
            counts={s.label: sum(f.severity == s for f in fs) for s in Severity},
            integrations=len(ints), files_scanned=scanned, files_skipped=skipped,
            nearest_deadline=deadlines[0] if deadlines else None,
        ))
    return out
