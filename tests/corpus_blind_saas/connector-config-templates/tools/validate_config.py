#!/usr/bin/env python3
"""Sanity checks for a rendered customer bundle before it is sent.

Fails if a hand-edited file still carries settings from connector 4.x, because 5.x ignores them
and customers then assume their old credential is still in use.
"""
import json
import pathlib
import sys

import yaml

LEGACY_KEYS = {"tech_acct_id", "priv_key_path", "priv_key_pass", "metascopes", "meta_scopes", "jwt_token"}
REQUIRED_ENV = {"ADOBE_ORG_ID", "ADOBE_CLIENT_ID", "ADOBE_CLIENT_SECRET", "ADOBE_SCOPES"}


def walk_keys(node, prefix=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield f"{prefix}{k}", k
            yield from walk_keys(v, f"{prefix}{k}.")
    elif isinstance(node, list):
        for item in node:
            yield from walk_keys(item, prefix)


def check_file(path: pathlib.Path) -> list[str]:
    problems = []
    if path.suffix in {".yml", ".yaml"}:
        data = yaml.safe_load(path.read_text()) or {}
    elif path.suffix == ".json":
        data = json.loads(path.read_text())
    elif path.name.endswith(".env"):
        keys = {line.split("=", 1)[0] for line in path.read_text().splitlines() if "=" in line and not line.startswith("#")}
        missing = REQUIRED_ENV - keys
        if missing:
            problems.append(f"{path}: missing {', '.join(sorted(missing))}")
        data = {k: None for k in keys}
    else:
        return problems
    for dotted, key in walk_keys(data):
        if key.lower() in LEGACY_KEYS:
            problems.append(f"{path}: remove legacy 4.x setting '{dotted}'")
    return problems


def main(bundle: str) -> int:
    problems = []
    for path in sorted(pathlib.Path(bundle).rglob("*")):
        if path.is_file():
            problems += check_file(path)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "out"))
