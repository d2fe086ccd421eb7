"""Redaction: secrets in snippets and messages are replaced by a short fingerprint, never shown."""
from __future__ import annotations

import hashlib
import re

# key = value / "key": "value" / key: value / key => value, where the key names a secret.
_KEYED = re.compile(
    r"""(?ix)
    (?P<key>[\w.\-]*(?:secret|passw(?:or)?d|passphrase|pwd|token|priv(?:ate)?_?key(?:_?data)?|pkcs8|pkcs12_password
        |key_?pass|api_?key_?secret|credential)s?[\w.\-]*)
    (?P<sep>["']?\s*(?::=|=>|[:=])\s*\[?\s*(?:\{\{)?\s*[rbfu]?["'`]?)
    (?P<value>[^\s"'`,;}\])<>]{4,})
    """
)
_URL_CREDS = re.compile(r"(?P<pre>[a-z][a-z0-9+.\-]*://[^/\s:@]+:)(?P<value>[^@\s/]+)(?=@)", re.I)
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
        text = re.sub(r"(-----BEGIN [A-Z ]*PRIVATE KEY-----)(.*?)(-----END [A-Z ]*PRIVATE KEY-----|$)",
                      lambda m: m.group(1) + _mask(m.group(2)) + m.group(3), text, flags=re.S)
    text = _URL_CREDS.sub(lambda m: m.group("pre") + _mask(m.group("value")), text)
    text = _JWT.sub(lambda m: _mask(m.group(0)), text)
    text = _ADOBE_SECRET.sub(lambda m: _mask(m.group(0)), text)
    text = _KEYED.sub(_keyed, text)
    return _LONG_B64.sub(lambda m: m.group(0) if "redacted" in m.group(0) else _mask(m.group(0)), text)
