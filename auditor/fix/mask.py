"""Redaction for printed diffs: secret values become `****`. Files on disk keep the user's values."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from auditor.fix import jsonfmt, lines
from auditor.fix.placeholders import is_placeholder

MASK = "****"
SECRET_NAME = re.compile(
    r"secret|passw|passphrase|pwd$|priv(?:ate)?_*key|privatekey|pkcs8|pkcs12_pass|(?:^|[_.])token$"
    r"|access_?token|jwt_?token|credential_?data",
    re.I,
)
_LINE = re.compile(r"^(?P<pre>\s*(?:export\s+)?(?:-\s+)?)(?P<q>[\"']?)(?P<key>[\w.\-]+)(?P=q)(?P<sep>\s*[:=]\s*)"
                   r"(?P<value>.*?)(?P<post>,?\s*)$")
_STRING = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'")
_PEM = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)")
# 40+ base64 characters, at least one outside hex (a hex key fingerprint is not a secret).
_BLOB = re.compile(r"(?<![\w/+])(?=[A-Za-z0-9+/]*[G-Zg-z+/])[A-Za-z0-9+/]{40,}={0,2}(?![\w/+])")
_ADOBE = re.compile(r"\b[ps]8e-[A-Za-z0-9_\-]+")
_OPENERS = ("", "{", "[", "|", ">", "|-", ">-", "|+", ">+")
_SAFE = re.compile(r"^(?:\$\{\{.*\}\}|\$\{?\w+\}?|<[^>]*>|true|false|null|~|[\d.]+"
                   r"|[\w./~\-]*\.(?:key|pem|p8|p12|pfx|crt|cer|der|json|txt))$", re.I)


def _is_secret_name(name: str) -> bool:
    # `KEY` is the aio-apps-action private key input; lowercase `key` names a Postman variable.
    return name == "KEY" or bool(SECRET_NAME.search(name))


def _safe(value: str) -> bool:
    bare = value.strip().strip("\"'")
    return not bare or is_placeholder(bare) or bool(_SAFE.match(bare))


def _mask_value(value: str) -> str:
    if value.startswith("["):
        return _STRING.sub(lambda m: m.group(0) if _safe(m.group(0)) else f'"{MASK}"', value)
    quoted = _STRING.match(value)
    if quoted:
        return value if _safe(quoted.group(0)) else f"{value[0]}{MASK}{value[0]}{value[quoted.end():]}"
    comment = re.search(r"\s+#.*$", value)
    body, tail = (value[: comment.start()], comment.group(0)) if comment else (value, "")
    return value if _safe(body) else MASK + tail


def _patterns(text: str, known: Iterable[str]) -> str:
    for secret in known:
        text = text.replace(secret, MASK)
    text = _PEM.sub(MASK, text)
    text = _ADOBE.sub(MASK, text)
    return _BLOB.sub(MASK, text)


@dataclass
class _Side:
    """Redaction state for one side (old or new) of a diff."""

    block_indent: int = -1
    last_name: str = ""
    in_pem: bool = False

    def line(self, text: str) -> str:
        indent = len(text) - len(text.lstrip())
        if self.in_pem or (self.block_indent >= 0 and (indent > self.block_indent or not text.strip())):
            self.in_pem = self.in_pem and "-----END" not in text
            keep = not text.strip() or (not self.in_pem and _safe(text.strip().rstrip(",")))
            return text if keep else text[:indent] + MASK
        self.block_indent = -1
        return self._keyed(text, indent)

    def _keyed(self, text: str, indent: int) -> str:
        if "-----BEGIN" in text and "PRIVATE KEY" in text and "-----END" not in text:
            self.in_pem = True
        match = _LINE.match(text)
        if not match:
            return text
        name, value = match.group("key"), match.group("value")
        if name.lower() == "key":
            self.last_name = value.strip().strip("\"',")
        secret = _is_secret_name(name) or (name.lower() == "value" and _is_secret_name(self.last_name))
        if not secret:
            return text
        if value.strip() in _OPENERS:
            self.block_indent = indent
            return text
        return match.group("pre") + match.group("q") + name + match.group("q") + match.group("sep") + \
            _mask_value(value) + match.group("post")


def redact_lines(diff_lines: list[str], known: Iterable[str] = ()) -> Iterator[str]:
    """Redact a unified diff line by line, tracking YAML blocks, JSON arrays and PEM bodies per side."""
    old, new = _Side(), _Side()
    secrets = sorted(set(known), key=len, reverse=True)
    in_hunk = False
    for line in diff_lines:
        # `--- a/x` / `+++ b/x` are headers only before the first hunk: a removed `-----END ...` line is not.
        if line.startswith("@@") or not line or (not in_hunk and line.startswith(("---", "+++"))):
            in_hunk = in_hunk or line.startswith("@@")
            yield line
            continue
        mark, body = line[0], line[1:]
        sides = {" ": (old, new), "-": (old,), "+": (new,)}.get(mark, ())
        results = [side.line(body) for side in sides]
        yield mark + _patterns(results[0] if results else body, secrets)


def known_secrets(text: str) -> set[str]:
    """Values stored under secret-looking names in a JSON, YAML-ish or KEY=value document."""
    found: set[str] = set()
    doc = jsonfmt.load_object(text)
    if doc is not None:
        _walk(doc, "", found)
    for entry in lines.entries(lines.split(text), "quote"):
        if _is_secret_name(entry.name):
            value = entry.value if entry.value[:1] in ("'", '"') else re.sub(r"\s+#.*$", "", entry.value)
            found.add(value.strip().strip("\"'"))
    for match in re.finditer(r"^\s*[\w.\-]+\s*:\s*[\"']?([^\s\"'#][^\"'#\n]*)", text, re.M):
        key = match.group(0).split(":", 1)[0].strip()
        if _is_secret_name(key):
            found.add(match.group(1).strip())
    return {value for value in found if len(value) >= 6 and not _safe(value) and value not in _OPENERS}


def _walk(node: Any, name: str, found: set[str]) -> None:
    if isinstance(node, dict):
        pair_name = node.get("key") if isinstance(node.get("key"), str) else None
        for key, value in node.items():
            _walk(value, pair_name if key == "value" and pair_name else str(key), found)
    elif isinstance(node, list):
        for value in node:
            _walk(value, name, found)
    elif isinstance(node, str) and _is_secret_name(name):
        found.update(part for part in node.splitlines() if part.strip())
        found.add(node)
