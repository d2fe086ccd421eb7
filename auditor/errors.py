"""Exceptions that carry a user-facing message and an exit code."""
from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


class AuditError(Exception):
    """An expected failure: the message is shown to the user as is."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(AuditError):
    """Bad command-line input."""


class ConfigError(AuditError):
    """A configuration file that cannot be used."""


class RuleError(AuditError):
    """A rule pack that does not load: the message names file, line and rule."""


class ReportError(AuditError):
    """A saved report that cannot be read or combined."""
