"""What a file is, by its name: language, comment syntax, documentation."""
from __future__ import annotations

import posixpath
import re

DOC_SUFFIXES = frozenset({".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".textile"})
DOC_NAMES = frozenset({"changelog", "changes", "history", "readme", "license", "notice", "authors"})

_HASH = ("#",)
_SLASH = ("//", "/*", "* ", "*/")
COMMENTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys((".py", ".rb", ".sh", ".bash", ".zsh", ".ksh", ".yaml", ".yml", ".toml", ".env", ".r",
                     ".pl", ".pm", ".ps1", ".psm1", ".conf", ".cfg", ".mk", ".cmake", ".gitignore", ".dockerignore",
                     ".tfvars", ".hcl", ".nix", ".coffee", ".ex", ".exs", ".jl", ".curl", ".http"), _HASH),
    **dict.fromkeys((".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".java", ".kt", ".kts", ".cs", ".go", ".c",
                     ".h", ".cc", ".cpp", ".hpp", ".swift", ".scala", ".rs", ".groovy", ".gradle", ".dart",
                     ".jsonc", ".json5", ".fs", ".vue", ".svelte", ".proto"), _SLASH),
    ".php": _SLASH + _HASH,
    ".tf": _HASH + _SLASH,
    ".ini": (";", "#"),
    ".properties": ("#", "!"),
    ".sql": ("--",),
    ".lua": ("--",),
    ".hs": ("--",),
    ".xml": ("<!--",),
    ".html": ("<!--",),
    ".htm": ("<!--",),
    ".csproj": ("<!--",),
    ".config": ("<!--",),
    ".bat": ("rem ", "::"),
    ".cmd": ("rem ", "::"),
    ".vb": ("'",),
}
NAMED: dict[str, tuple[str, ...]] = {
    "dockerfile": _HASH, "makefile": _HASH, "gemfile": _HASH, "rakefile": _HASH, "pipfile": _HASH,
    "jenkinsfile": _SLASH, "procfile": _HASH, ".env": _HASH,
}
LANGUAGE: dict[str, str] = {
    ".py": "python", ".ipynb": "python", ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript",
    ".jsx": "javascript", ".ts": "typescript", ".tsx": "typescript", ".java": "java", ".kt": "kotlin",
    ".kts": "kotlin", ".cs": "csharp", ".php": "php", ".go": "go", ".rb": "ruby", ".sh": "shell",
    ".bash": "shell", ".zsh": "shell", ".curl": "shell", ".ps1": "powershell",
}


def _name(path: str) -> tuple[str, str]:
    base = posixpath.basename(path.rsplit("!/", 1)[-1]).lower()
    return base, posixpath.splitext(base)[1]


def comment_tokens(path: str) -> tuple[str, ...]:
    base, ext = _name(path)
    if base.startswith(".env"):
        return _HASH
    return NAMED.get(base) or COMMENTS.get(ext, ())


def is_comment(path: str, line: str, col: int) -> bool:
    """True when the line is a comment line in the file's language and the match lies inside it."""
    stripped = line.lstrip()
    lead = len(line) - len(stripped)
    low = stripped.lower()
    return any(low.startswith(tok) and col - 1 >= lead for tok in comment_tokens(path))


# .txt files that are not prose: dependency pins and build files.
NOT_DOCS = ("requirements", "constraints", "cmakelists", "robots")


def is_documentation(path: str) -> bool:
    base, ext = _name(path)
    if ext == ".txt" and any(word in base for word in NOT_DOCS):
        return False
    return ext in DOC_SUFFIXES or posixpath.splitext(base)[0] in DOC_NAMES and ext in ("", ".txt")


def language(path: str) -> str | None:
    """Programming language of a source file, for migration snippets; None for configs and docs."""
    _, ext = _name(path)
    return LANGUAGE.get(ext)


def is_prose_markup(path: str) -> bool:
    """Documentation whose prose and code can be told apart: Markdown, reST, AsciiDoc, and README/CHANGELOG-like
    names. Other `.txt` files may hold anything (a config dump, a pasted command) and are matched whole."""
    base, ext = _name(path)
    return ext in (DOC_SUFFIXES - {".txt"}) or posixpath.splitext(base)[0] in DOC_NAMES and ext in ("", ".txt")


_NB_TYPE = re.compile(r'^\s*"cell_type":\s*"(\w+)"')
_NB_ARRAY = re.compile(r'^(\s*)"(source|outputs)":\s*\[(.*)$')


def notebook_view(text: str) -> str:
    """A Jupyter notebook as its code reads: the JSON string escapes of quotes and backslashes undone on each
    line (`"    \\"grant_type\\": ..."` reads `"    "grant_type": ..."`), so the rules see the code's own
    quoting. Line for line the same text: a finding's line is the notebook file's line."""
    if "\\" not in text:
        return text
    return text.replace("\\\\", "\0").replace('\\"', '"').replace("\0", "\\")


def notebook_prose_lines(text: str) -> frozenset[int]:
    """Lines of a Jupyter notebook (JSON as nbformat writes it, one source line per line) that hold the text of
    a markdown cell or a cell's outputs: prose and printed results, not code. A notebook written some other
    way (minified) yields none, and is matched whole."""
    prose: set[int] = set()
    cell_type, closing = "", ""
    inside = False
    for n, line in enumerate(text.split("\n"), 1):
        if inside:
            if line.rstrip().rstrip(",") == closing:
                inside = False
            else:
                prose.add(n)
            continue
        if m := _NB_TYPE.match(line):
            cell_type = m.group(1)
        elif (m := _NB_ARRAY.match(line)) and (m.group(2) == "outputs" or cell_type == "markdown"):
            rest = m.group(3).strip().rstrip(",")
            if rest.endswith("]"):  # a one-line array
                prose.add(n)
            else:
                inside, closing = True, m.group(1) + "]"
    return frozenset(prose)


def documentation_code_lines(text: str, path: str) -> frozenset[int]:
    """Lines of a documentation file that are code, not prose: fenced blocks (``` and ~~~) in Markdown and
    any other format, indented blocks after a blank line, `::` literal blocks in reStructuredText, `----`
    blocks in AsciiDoc, and shell prompts (`$ cmd`). A runbook's curl command is a usage; a sentence naming
    the old endpoint is not."""
    ext = _name(path)[1]
    code: set[int] = set()
    fence = ""  # the opening fence while inside a fenced block
    literal = False  # inside an indented (or reST `::`) block
    prev_blank, prev_literal_intro = True, False
    for n, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence):
                fence = ""
            else:
                code.add(n)
            continue
        if stripped.startswith(("```", "~~~")) or (ext in (".adoc", ".asciidoc") and stripped in ("----", "....")):
            fence = stripped[:3] if stripped[:3] in ("```", "~~~") else stripped
            continue
        indented = line.startswith(("    ", "\t")) and bool(stripped)
        if indented and (literal or (prev_blank and (ext != ".rst" or prev_literal_intro))):
            literal = True
            code.add(n)
        elif stripped:
            literal = False
            if stripped.startswith("$ "):
                code.add(n)
        if stripped:
            prev_literal_intro = stripped.endswith("::") or stripped.startswith(".. code")
        prev_blank = not stripped
    return frozenset(code)
