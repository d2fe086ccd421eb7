#!/usr/bin/env python3
"""Render every template for one customer: render.py --intake intake.json --out DIR"""
import argparse
import json
import pathlib

import jinja2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--intake", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    values = json.loads(pathlib.Path(args.intake).read_text())
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    src = pathlib.Path("templates")
    for path in src.rglob("*"):
        if path.is_dir() or path.parent.name == "templates" and path.parent.parent.name == "helm":
            continue
        target = pathlib.Path(args.out) / path.relative_to(src)
        target = target.with_name(target.name.removesuffix(".tmpl"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.from_string(path.read_text()).render(**values))


if __name__ == "__main__":
    main()
