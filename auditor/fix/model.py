"""Records shared by the fixers and the driver: placeholders, one fixer's result, a planned file change."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

CODE = "code"
SKIPPED = "skipped"


@dataclass(frozen=True)
class Placeholder:
    """A value the user must fill in: where it is, what was written there, and what belongs there."""

    key_path: str
    value: str
    hint: str
    env: str = ""


@dataclass(frozen=True)
class FixResult:
    """What a fixer made of one file."""

    new_text: str
    todo: tuple[Placeholder, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fixer:
    """One config family: `detect` decides by content, `rewrite` produces the OAuth form."""

    name: str
    title: str
    detect: Callable[[str, str], bool]
    rewrite: Callable[[str, str], FixResult]


@dataclass(frozen=True)
class FileFix:
    """A planned change of one file. `new_text` is None for code (planned, never rewritten) and for files a
    fixer recognised but could not handle (`fixer` is CODE or SKIPPED; the reason is in `notes`)."""

    path: str
    fixer: str
    old_text: str
    new_text: str | None
    todo: tuple[Placeholder, ...] = ()
    notes: tuple[str, ...] = ()
    bom: bool = False

    @property
    def changed(self) -> bool:
        return self.new_text is not None and self.new_text != self.old_text

    @property
    def is_code(self) -> bool:
        return self.fixer == CODE
