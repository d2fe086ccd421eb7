"""Turn a file's bytes into text documents: decoding, archives, base64-encoded Kubernetes Secret values."""
from __future__ import annotations

import base64
import binascii
import codecs
import io
import lzma
import re
import zipfile
import zlib
from dataclasses import dataclass, field

SNIFF = 8192
ZIP_MAGIC = b"PK\x03\x04"
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
ARCHIVE_SUFFIXES = (".zip", ".jar", ".war", ".ear", ".nupkg", ".whl")
MAX_MEMBERS = 2000
MAX_MEMBER_SIZE = 5 * 1024 * 1024
MAX_ARCHIVE_TOTAL = 64 * 1024 * 1024
MAX_RATIO = 200
MAX_DEPTH = 2


@dataclass(frozen=True)
class Document:
    """Text to match rules against. `anchor_line` pins every finding to one line of the real file."""

    path: str
    text: str
    encoding: str
    anchor_line: int | None = None
    origin: str = ""
    around: str = ""  # the text a decoded value sits in (its Secret manifest): searched by file-level contexts too


@dataclass
class Expanded:
    documents: list[Document] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) of parts not scanned


def is_zip(rel: str, data: bytes) -> bool:
    return data[:4] == ZIP_MAGIC and rel.lower().endswith(ARCHIVE_SUFFIXES)


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first block, unless the text is UTF-16."""
    head = data[:SNIFF]
    return b"\0" in head and utf16_codec(head) is None


def utf16_codec(head: bytes) -> str | None:
    """The UTF-16 codec for text with a BOM, or for BOM-less ASCII-range UTF-16 (NULs on one side)."""
    if head.startswith(UTF16_BOMS):
        return "utf-16"
    sample = head[:512]
    if 0 not in sample:  # most files: no NUL, so not BOM-less UTF-16
        return None
    if len(sample) >= 8 and len(sample) % 2 == 0:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
            return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 LE/BE, else latin-1; newlines normalised to \\n."""
    codec = utf16_codec(data[:SNIFF])
    if codec is not None:
        text, enc = data.decode(codec, errors="replace"), codec
    elif data.startswith(codecs.BOM_UTF8):
        text, enc = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    else:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, enc = data.decode("latin-1"), "latin-1"
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, enc


def expand(rel: str, data: bytes, depth: int = 0) -> Expanded:
    """Documents of a file: its own text, archive members, decoded secret values."""
    out = Expanded()
    if is_zip(rel, data):
        _expand_zip(rel, data, depth, out)
        return out
    if looks_binary(data):
        out.skipped.append((rel, "binary file"))
        return out
    text, enc = decode(data)
    out.documents.append(Document(rel, text, enc))
    if rel.lower().endswith((".yaml", ".yml")) and "Secret" in text:
        out.documents.extend(_k8s_secret_values(rel, text, enc))
    return out


def _expand_zip(rel: str, data: bytes, depth: int, out: Expanded) -> None:
    if depth >= MAX_DEPTH:
        out.skipped.append((rel, f"nested archive deeper than {MAX_DEPTH} levels, not opened"))
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        out.skipped.append((rel, f"unreadable archive: {exc}"))
        return
    total = 0
    for i, info in enumerate(infos):
        name = f"{rel}!/{info.filename}"  # the JAR-URL form: archive!/member
        if info.is_dir():
            continue
        if i >= MAX_MEMBERS:
            # named after the first member not opened: the archive itself was scanned, it is not a skip
            out.skipped.append((name, f"archive has more than {MAX_MEMBERS} members; this one and the rest not opened"))
            break
        reason = _member_reason(info, total)
        if reason:
            out.skipped.append((name, reason))
            continue
        try:
            with zf.open(info) as fh:
                blob = fh.read(MAX_MEMBER_SIZE + 1)
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError, NotImplementedError,
                zlib.error, lzma.LZMAError) as exc:
            out.skipped.append((name, f"unreadable archive member: {exc}"))
            continue
        if len(blob) > MAX_MEMBER_SIZE:
            out.skipped.append((name, "archive member larger than its declared size (possible zip bomb)"))
            continue
        total += len(blob)
        inner = expand(name, blob, depth + 1)
        out.documents.extend(inner.documents)
        out.skipped.extend(inner.skipped)


def _member_reason(info: zipfile.ZipInfo, total: int) -> str:
    if info.flag_bits & 0x1:
        return "encrypted archive member"
    if info.file_size > MAX_MEMBER_SIZE:
        return f"archive member larger than {MAX_MEMBER_SIZE} bytes"
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        return f"archive member compression ratio above {MAX_RATIO} (possible zip bomb)"
    if total + info.file_size > MAX_ARCHIVE_TOTAL:
        return f"archive content beyond {MAX_ARCHIVE_TOTAL} bytes (possible zip bomb)"
    return ""


_SECRET_KIND = re.compile(r"^kind:\s*[\"']?Secret[\"']?\s*$", re.MULTILINE)
_DATA_KEY = re.compile(r"^(data|stringData):\s*$")
_TLS_ENTRIES = frozenset({"tls.crt", "tls.key", "ca.crt", "ca.key", "ssl.crt", "ssl.key"})
_ENTRY = re.compile(r"^(\s+)([\w.\-]+):\s*[\"']?([A-Za-z0-9+/=]{8,})[\"']?\s*$")


def _k8s_secret_values(rel: str, text: str, enc: str) -> list[Document]:
    """Base64 `data:` values of Kubernetes Secrets, decoded, each pinned to its key's line."""
    if not _SECRET_KIND.search(text):
        return []
    docs = []
    in_data = False
    for lineno, line in enumerate(text.split("\n"), 1):
        if _DATA_KEY.match(line):
            in_data = line.startswith("data")
            continue
        if line and not line[0].isspace():
            in_data = False
        m = _ENTRY.match(line) if in_data else None
        if m is None or m.group(2).lower() in _TLS_ENTRIES:  # kubernetes.io/tls entries: a web server's pair
            continue
        decoded = _b64_text(m.group(3))
        if decoded is not None:
            docs.append(Document(rel, decoded, enc, anchor_line=lineno, origin=f"base64 value of data.{m.group(2)}",
                                 around=text))
    return docs


def _b64_text(value: str) -> str | None:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    if not raw or looks_binary(raw):
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
