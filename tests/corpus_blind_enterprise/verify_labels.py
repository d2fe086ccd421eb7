#!/usr/bin/env python3
"""Print every labelled line of labels.yaml and check each repo's status against its labels.

Usage: python3 verify_labels.py [--quiet]
Files inside a zip are addressed as "path/to/archive.zip!/member".
"""
import codecs
import os
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"deprecated-jwt", "jwt-config", "key-material", "jwt-dependency", "oauth-s2s", "exempt"}
JWT_KINDS = {"deprecated-jwt", "jwt-config", "key-material", "jwt-dependency"}


def decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16")
    return data.decode("utf-8")


def physical_lines(repo: str, rel: str) -> list:
    if "!/" in rel:
        archive, member = rel.split("!/", 1)
        with zipfile.ZipFile(os.path.join(HERE, repo, archive)) as zf:
            data = zf.read(member)
    else:
        with open(os.path.join(HERE, repo, rel), "rb") as fh:
            data = fh.read()
    # split on \n only so that CRLF files keep their physical numbering
    return [line.rstrip("\r") for line in decode(data).split("\n")]


def expected_status(kinds: set) -> set:
    jwt = bool(kinds & JWT_KINDS)
    oauth = "oauth-s2s" in kinds
    if jwt and oauth:
        return {"in-progress"}
    if jwt:
        return {"not-started"}
    if oauth:
        return {"migrated"}
    return {"clean"}


def main() -> int:
    quiet = "--quiet" in sys.argv
    with open(os.path.join(HERE, "labels.yaml")) as fh:
        doc = yaml.safe_load(fh)
    assert doc["version"] == 1
    errors = 0
    total = 0
    for repo, spec in doc["repos"].items():
        labels = spec.get("labels") or []
        seen = set()
        for lab in labels:
            total += 1
            key = (lab["file"], lab["line"])
            if key in seen:
                print(f"ERROR duplicate label {repo} {key}")
                errors += 1
            seen.add(key)
            if lab["kind"] not in KINDS:
                print(f"ERROR unknown kind {lab}")
                errors += 1
            lines = physical_lines(repo, lab["file"])
            if not 1 <= lab["line"] <= len(lines):
                print(f"ERROR line out of range {repo} {lab}")
                errors += 1
                continue
            text = lines[lab["line"] - 1]
            if not text.strip():
                print(f"ERROR blank labelled line {repo} {lab}")
                errors += 1
            if not quiet:
                print(f"{repo}/{lab['file']}:{lab['line']} [{lab['kind']}] {text.strip()[:110]}")
        kinds = {lab["kind"] for lab in labels}
        if spec["status"] not in expected_status(kinds):
            print(f"ERROR status {repo}: {spec['status']} but labels imply {expected_status(kinds)}")
            errors += 1
    print(f"{total} labels, {len(doc['repos'])} repos, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
