"""Redaction: secrets in snippets and messages are replaced by a short fingerprint, never shown."""
from __future__ import annotations

import hashlib
import re

# key = value / "key": "value" / key: value / key => value, where the key names a secret.
_KEY = r"""[\w.\-]*(?:secret|passw(?:or)?d|passphrase|pwd|token|priv(?:ate)?_?key(?:_?data)?|pkcs8|pkcs12_password
        |key_?pass|api_?key_?secret|credential)s?[\w.\-]*"""
_KEYED = re.compile(
    rf"""(?ix)
    (?<![\w.\-])(?P<key>{_KEY})  # from a word's start only: the same matches, without retrying inside each word
    (?P<sep>["']?\s*(?::=|=>|[:=])\s*\[?\s*(?:\{{\{{)?\s*[rbfu]?["'`]?)
    (?!{_KEY}["']?\s*(?::=|=>|[:=]))  # `token: client_secret: x`: the value is the next pair's, not a key
    (?P<value>[^\s"'`,;}}\])<>]{{4,}})
    """
)
# <password>value</password>, <clientSecret>value</clientSecret>: XML elements named like a secret.
_XML = re.compile(
    r"""(?ix)<(?P<key>[\w.\-:]*(?:secret|passw(?:or)?d|passphrase|pwd|token|priv(?:ate)?_?key|credential)s?[\w.\-]*)
    (?:\s[^<>]*)?>\s*(?P<value>[^<\s]{4,})(?=\s*</)"""
)
_URL_CREDS = re.compile(r"(?P<pre>[a-z][a-z0-9+.\-]*://[^/\s:@]+:)(?P<value>[^@\s/]+)(?=@)", re.I)
_PEM = re.compile(r"(-----BEGIN [A-Z ]*PRIVATE KEY-----)(.*?)(-----END [A-Z ]*PRIVATE KEY-----|$)", re.S)
_JWT = re.compile(r"\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*")
_LONG_B64 = re.compile(r"(?<![\w/+])(?:[A-Za-z0-9+/]{40,}={0,2}|[A-Za-z0-9_\-]{48,})(?![\w/+])")
_ADOBE_SECRET = re.compile(r"\b[ps]8e-[A-Za-z0-9_\-]{8,}")
_NOT_SECRET = re.compile(
    r"""(?x)^(?:\$\{?\w+\}?|%\w+%|<[^>]*>?|\{\{.*|process\.env.*|os\.environ.*|env\.\w+.*|getenv.*|true|false|null|none
        |bearer|basic|string|str|secrets\.\w+.*|vars\.\w+.*|[\w./~\-]*\.(?:key|pem|p8|p12|pfx|crt|cer|json|txt|yaml|yml|env)
        |-----.*|https?://[^@]*)$""",
    re.I,
)


def fingerprint(secret: str) -> str:
    """A short, stable stand-in for a secret value."""
    return "sha256:" + hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _mask(value: str) -> str:
    return f"<redacted {fingerprint(value)}>"


def _keyed(m: re.Match[str]) -> str:
    value = m.group("value")
    if _NOT_SECRET.match(value) or _is_identifier_call(value):
        return m.group(0)
    return m.group("key") + m.group("sep") + _mask(value)


def _is_identifier_call(value: str) -> bool:
    """`config.get(...)`, `self.secret`, `args.client_secret`: references, not literal secrets."""
    return bool(re.match(r"^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+(?:\(.*)?$|^[A-Za-z_]\w*\(", value))


def redact(text: str) -> str:
    """`text` with every secret-looking value replaced by `<redacted sha256:...>`."""
    if "BEGIN" in text and "PRIVATE KEY" in text:
        text = _PEM.sub(lambda m: m.group(1) + _mask(m.group(2)) + m.group(3), text)
    # Each pattern runs only when the text holds what it needs (most snippets hold none of it).
    if "://" in text and "@" in text:
        text = _URL_CREDS.sub(lambda m: m.group("pre") + _mask(m.group("value")), text)
    if "eyJ" in text:
        text = _JWT.sub(lambda m: _mask(m.group(0)), text)
    if "8e-" in text:
        text = _ADOBE_SECRET.sub(lambda m: _mask(m.group(0)), text)
    text = _KEYED.sub(_keyed, text)
    if "<" in text:
        text = _XML.sub(lambda m: m.group(0) if _NOT_SECRET.match(m.group("value")) else
                        m.group(0)[: m.start("value") - m.start()] + _mask(m.group("value")), text)
    return _LONG_B64.sub(lambda m: m.group(0) if "redacted" in m.group(0) else _mask(m.group(0)), text)


def secret_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every secret `redact` would hide, merged, in `text`'s own coordinates."""
    found: list[tuple[int, int]] = []
    if "BEGIN" in text and "PRIVATE KEY" in text:
        found += [m.span(2) for m in _PEM.finditer(text)]
    found += [m.span("value") for m in _URL_CREDS.finditer(text)]
    found += [m.span() for rx in (_JWT, _ADOBE_SECRET, _LONG_B64) for m in rx.finditer(text)]
    found += [m.span("value") for rx in (_KEYED, _XML) for m in rx.finditer(text)
              if not _NOT_SECRET.match(m.group("value")) and not (rx is _KEYED and _is_identifier_call(m.group("value")))]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact_window(line: str, col: int, width: int, context: int = 1024) -> tuple[str, bool, bool]:
    """About `width` characters of a long line around 1-based `col`, redacted: (text, cut before, cut after).

    Secrets are found on a wider stretch first, so a window edge never separates a key from its value
    or shows part of a secret; a secret that crosses an edge is masked whole."""
    lo = max(0, col - 1 - width // 3 - context)
    hi = min(len(line), col - 1 + width + context)
    stretch = line[lo:hi]
    start = max(0, min(col - 1 - width // 3, len(line) - width)) - lo
    end = start + width
    spans = secret_spans(stretch)
    for s, e in spans:
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    parts, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        parts += [stretch[pos:s], _mask(stretch[s:e])]
        pos = e
    parts.append(stretch[pos:end])
    return "".join(parts), lo + start > 0, lo + end < len(line)
