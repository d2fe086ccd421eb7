"""jwt-audit: find deprecated JWT service-account integrations and drive their migration to OAuth."""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["ScanRequest", "scan", "__version__"]


def __getattr__(name: str) -> Any:
    """`auditor.scan` and `auditor.ScanRequest` without importing the engine on `import auditor`."""
    if name in ("scan", "ScanRequest"):
        from auditor import api

        return getattr(api, name)
    raise AttributeError(name)
