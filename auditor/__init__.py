"""jwt-audit: find deprecated JWT service-account integrations and drive their migration to OAuth."""
from __future__ import annotations

__version__ = "0.1.0"

from auditor.api import ScanRequest, scan  # noqa: E402

__all__ = ["ScanRequest", "scan", "__version__"]
