"""Hostile files and trees for the reliability tests: every builder writes into a folder it is given.

`build_tree(root)` lays out one folder holding every case of issue 8 that can exist on disk before a
scan starts, and returns what each top-level entry must end as: scanned, or skipped with a reason.
Cases that need the scan to be running (a file deleted, truncated or replaced after discovery listed
it, a file that cannot be read) are set up by `RACES` and `race_hook`, applied between discovery and
reading.
"""
from __future__ import annotations

import io
import os
import socket
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ENDPOINT = 'url = "https://ims-na1.adobelogin.com/ims/exchange/jwt"\n'
SCANNED = "scanned"


@dataclass(frozen=True)
class Case:
    """One top-level entry discovery lists; `expect` is SCANNED or a piece of the skip reason."""

    rel: str  # as reports show it (bytes that are not UTF-8 written %XX)
    expect: str
    members: tuple[tuple[str, str], ...] = ()  # (member path, piece of reason) for archive member skips
    finding_line: int | None = None  # the line TEST-JWT-001 must be reported on, when the file has one


# ---- documents -----------------------------------------------------------------------------------


def billion_laughs(levels: int = 9, width: int = 9, secret: bool = False) -> str:
    """The YAML entity-expansion bomb: `levels` anchors, each `width` aliases of the previous one."""
    head = "apiVersion: v1\nkind: Secret\nmetadata: {name: lol}\ndata:\n  token: ZXhjaGFuZ2Uvand0Cg==\n" if secret else ""
    lines = ["l0: &l0 [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]")
    return head + "\n".join(lines) + "\n" + ENDPOINT


def deep_json(depth: int) -> str:
    return '{"a":' * depth + '"/ims/exchange/jwt"' + "}" * depth + "\n"


def deep_yaml(depth: int) -> str:
    flow = "[" * depth + "exchange/jwt" + "]" * depth
    block = "".join("  " * i + "- \n" for i in range(min(depth, 2000)))
    return f"flow: {flow}\nblock:\n{block}"


def single_line(path: Path, size: int, needle: bytes = b"") -> None:
    """A file of `size` bytes with no newline: base64-looking filler with `needle` in the middle."""
    block = (b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw" * 1400)[: 1 << 16]
    half = (size - len(needle)) // 2
    with open(path, "wb") as fh:
        _fill(fh, block, half)
        fh.write(needle)
        _fill(fh, block, size - half - len(needle))


def _fill(fh: io.BufferedWriter | io.BufferedRandom, block: bytes, n: int) -> None:
    while n > 0:
        fh.write(block[: min(n, len(block))])
        n -= len(block)


# ---- archives ------------------------------------------------------------------------------------


def zip_bytes(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def zip_bomb() -> bytes:
    """One member whose compression ratio gives it away (4 MiB of zeros in a few KiB)."""
    return zip_bytes({"zeros.txt": b"0" * (4 << 20), "ok.txt": ENDPOINT})


def nested_zip(depth: int) -> bytes:
    """A zip inside a zip ... `depth` levels deep, the endpoint in the innermost text file."""
    data = zip_bytes({f"l{depth}.txt": ENDPOINT})
    for level in range(depth - 1, 0, -1):
        data = zip_bytes({f"l{level + 1}.zip": data}, zipfile.ZIP_STORED)
    return data


def many_members_zip(n: int) -> bytes:
    return zip_bytes({f"m{i:05}.txt": "x\n" for i in range(n)}, zipfile.ZIP_STORED)


def corrupt_deflate_zip() -> bytes:
    """A valid directory whose compressed stream is garbage (zlib raises on it)."""
    data = bytearray(zip_bytes({"a.txt": "hello world " * 200}))
    for i in range(40, 60):
        data[i] ^= 0x55
    return bytes(data)


def encrypted_member_zip() -> bytes:
    """A member flagged as encrypted: zipfile cannot write encryption, so the flag bit is set by hand."""
    data = bytearray(zip_bytes({"secret.txt": ENDPOINT}, zipfile.ZIP_STORED))
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    data[local + 6] |= 0x1  # general purpose flags of the local header
    data[central + 8] |= 0x1  # and of the central directory entry
    return bytes(data)


# ---- the tree ------------------------------------------------------------------------------------


def build_tree(root: Path) -> list[Case]:
    """Write every static hostile case under `root`; returns one Case per entry discovery must list."""
    cases: list[Case] = []

    def put(rel: str, data: bytes | str, expect: str = SCANNED, line: int | None = None,
            members: tuple[tuple[str, str], ...] = ()) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(Case(rel, expect, members, line))

    # YAML and JSON that would explode or recurse in a parser: the engine matches text, never expands
    put("yaml/billion-laughs.yaml", billion_laughs(), line=10)
    put("yaml/billion-laughs-secret.yaml", billion_laughs(secret=True), line=15)
    put("yaml/deep.yaml", deep_yaml(50_000))
    put("json/deep.json", deep_json(100_000), line=1)
    # size: 100 MB on one line, sparse (never read: discovery skips it on its size)
    big = root / "big/huge-line.min.js"
    big.parent.mkdir(parents=True)
    with open(big, "wb") as fh:
        fh.truncate(100 << 20)
    cases.append(Case("big/huge-line.min.js", "larger than the size limit"))
    # encodings
    put("enc/invalid-utf8.txt", b"\xfa\xff bad \xc3\x28 \xe2\x82\n\x80\x81\n" + ENDPOINT.encode(), line=3)
    put("enc/fake-utf16-bom.txt", b"\xff\xfe" + ENDPOINT.encode())  # read as UTF-16: scanned, nothing found
    put("enc/mixed.py", "# café\n".encode() + "# café\n".encode("latin-1") + ENDPOINT.encode(), line=3)
    put("enc/utf16-odd-length.txt", ("\ufeff# x\n" + ENDPOINT).encode("utf-16-le") + b"\x00", line=2)
    put("enc/utf16-be-no-bom.txt", ("# x\n" + ENDPOINT).encode("utf-16-be"), line=2)
    put("enc/bom-only.txt", b"\xef\xbb\xbf")
    put("enc/empty.txt", b"")
    put("enc/surrogates.txt", b"\xed\xa0\x80\xed\xbf\xbf\n" + ENDPOINT.encode(), line=2)
    put("enc/cr-only.txt", b"a\rb\r" + ENDPOINT.encode(), line=3)
    # NUL bytes: in the first block the file is binary; later on it is text with a NUL in it
    put("nul/early.txt", b"a\x00b\n" + ENDPOINT.encode(), expect="binary file")
    put("nul/late.py", b"x = 1\n" * 1500 + b"y = '\x00'\n" + ENDPOINT.encode(), line=1502)
    # symbolic links: never followed
    links = root / "links"
    links.mkdir()
    os.symlink("loop-b", links / "loop-a")
    os.symlink("loop-a", links / "loop-b")
    os.symlink("self", links / "self")
    os.symlink("/etc/hostname", links / "outside")
    os.symlink("/dev/zero", links / "dev-zero")
    os.symlink("missing", links / "broken")
    os.symlink("..", links / "dir-loop")
    os.symlink("../enc/empty.txt", links / "inside")
    cases += [Case("links/loop-a", "broken or looping"), Case("links/loop-b", "broken or looping"),
              Case("links/self", "broken or looping"), Case("links/outside", "outside the scanned root"),
              Case("links/dev-zero", "outside the scanned root"), Case("links/broken", "broken or looping"),
              Case("links/dir-loop", "inside the root, not followed"),
              Case("links/inside", "inside the root, not followed")]
    # FIFOs, sockets, devices: never opened for reading
    special = root / "special"
    special.mkdir()
    os.mkfifo(special / "pipe")
    cases.append(Case("special/pipe", "not a regular file (FIFO)"))
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(special / "sock"))
    sock.close()
    cases.append(Case("special/sock", "not a regular file (socket)"))
    try:
        os.mknod(special / "null-dev", 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        cases.append(Case("special/null-dev", "not a regular file (character device)"))
    except (PermissionError, OSError):
        pass  # no CAP_MKNOD here: the /dev/zero link still covers devices
    # names
    put("names/with space/file name.txt", ENDPOINT, line=1)
    put("names/new\nline.txt", ENDPOINT, line=1)
    (root / "names").joinpath(os.fsdecode(b"bad-\xff-\xfe.txt")).write_text(ENDPOINT)
    cases.append(Case("names/bad-%FF-%FE.txt", SCANNED, finding_line=1))
    put("names/ünïcødé.py", ENDPOINT, line=1)
    put("names/bang!name.txt", ENDPOINT, line=1)
    put("names/-dash", ENDPOINT, line=1)
    put("names/" + "l" * 240 + ".txt", ENDPOINT, line=1)
    # a .gitignore with lines no parser accepts: they are dropped (with a notice), the rest apply
    put("gitignore/.gitignore", "*.ignored\n[z-a]\n\\\n!\n[[:alpha:]]\n" + "x" * 5000 + "\n")
    put("gitignore/keep.txt", ENDPOINT, line=1)
    (root / "gitignore/drop.ignored").write_text(ENDPOINT)  # ignored: not a file seen
    # archives
    put("zips/bomb.zip", zip_bomb(), members=(("zips/bomb.zip!/zeros.txt", "zip bomb"),))
    put("zips/nested.zip", nested_zip(4),
        members=(("zips/nested.zip!/l2.zip!/l3.zip", "nested archive deeper than 2 levels"),))
    put("zips/many.zip", many_members_zip(2001),
        members=(("zips/many.zip!/m02000.txt", "more than 2000 members"),))
    put("zips/corrupt-deflate.zip", corrupt_deflate_zip(),
        members=(("zips/corrupt-deflate.zip!/a.txt", "unreadable archive member"),))
    put("zips/encrypted.zip", encrypted_member_zip(),
        members=(("zips/encrypted.zip!/secret.txt", "encrypted archive member"),))
    put("zips/truncated.zip", zip_bytes({"a.txt": ENDPOINT * 50})[:100], expect="unreadable archive")
    put("zips/not-really.zip", b"PK\x03\x04" + os.urandom(200), expect="unreadable archive")
    put("zips/zip-slip.zip", zip_bytes({"../../evil.txt": ENDPOINT}))
    # vendored folder: many files, one entry
    put("node_modules/pkg/index.js", ENDPOINT)
    (root / "node_modules/pkg/other.js").write_text(ENDPOINT)
    cases[-1] = Case("node_modules/", "vendored dependency folder")
    return cases


# ---- during the scan -----------------------------------------------------------------------------


def _replace_with_fifo(p: Path) -> None:
    p.unlink()
    os.mkfifo(p)


def _replace_with_link(p: Path) -> None:
    p.unlink()
    os.symlink("/etc/hostname", p)


def _replace_with_dir(p: Path) -> None:
    p.unlink()
    p.mkdir()


def _grow(p: Path) -> None:
    with open(p, "ab") as fh:
        fh.truncate(21 << 20)  # past the default 20 MiB limit


RACES: dict[str, tuple[Callable[[Path], None], str]] = {
    "race/vanishes.txt": (Path.unlink, "vanished during the scan"),
    "race/truncated.txt": (lambda p: p.write_bytes(b""), SCANNED),
    "race/becomes-fifo.txt": (_replace_with_fifo, "not a regular file"),
    "race/becomes-link.txt": (_replace_with_link, "symbolic link"),  # seen at stat or at open
    "race/becomes-dir.txt": (_replace_with_dir, "not a regular file"),
    "race/grows.txt": (_grow, "larger than the size limit"),
}


def build_races(root: Path) -> list[Case]:
    """Ordinary files that `race_hook` changes after discovery has listed them."""
    for rel in RACES:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(ENDPOINT * 10)
    return [Case(rel, expect) for rel, (_, expect) in RACES.items()]


def race_hook(root: Path) -> None:
    for rel, (change, _) in RACES.items():
        change(root / rel)
