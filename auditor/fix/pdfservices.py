"""PDF Services `pdfservices-api-credentials.json`: `service_account_credentials` (JWT) ->
`service_principal_credentials: {organization_id}` (OAuth)."""
from __future__ import annotations

from typing import Any

from auditor.fix import jsonfmt, placeholders
from auditor.fix.model import FixResult


def _is_jwt_credentials(doc: dict[str, Any]) -> bool:
    # `service_account_credentials` is also a Google/Azure/Terraform key: require the Adobe siblings.
    account = doc.get("service_account_credentials")
    if not isinstance(account, dict) or not isinstance(doc.get("client_credentials"), dict):
        return False
    return "organization_id" in account and ("account_id" in account or "private_key_file" in account)


def detect(path: str, text: str) -> bool:
    """PDF Services credentials of the JWT era."""
    doc = jsonfmt.load_object(text)
    return doc is not None and _is_jwt_credentials(doc)


def rewrite(path: str, text: str) -> FixResult:
    """The OAuth-era credentials file; client credentials kept as they are."""
    doc = jsonfmt.load(text)
    org = doc["service_account_credentials"]["organization_id"]
    jsonfmt.edit(doc, {"service_account_credentials": ("service_principal_credentials", {"organization_id": org})})
    notes = (
        "service_account_credentials replaced by service_principal_credentials; delete private.key",
        placeholders.kept_secret_note("client_credentials.client_secret"),
        "code: use ServicePrincipalCredentials (Node SDK >= 4, Python SDK >= 2.3) instead of "
        "ServiceAccountCredentials",
    )
    return FixResult(jsonfmt.rewrite(text, doc), (), notes)
