"""JWT metascope -> OAuth Server-to-Server scopes (knowledge file §3), as data.

`scopes` is None when no source shows the OAuth scopes for that API: the fixer then writes a
placeholder telling the user to copy them from the Developer Console. An empty tuple means the API
needs no scope (PDF Services). `exempt` marks AEM as a Cloud Service service credentials, which
are not deprecated and must not be rewritten.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_BASE = ("openid", "AdobeID", "read_organizations", "additional_info.projectedProductContext")


@dataclass(frozen=True)
class ScopeMapping:
    api: str
    scopes: tuple[str, ...] | None
    confidence: str
    exempt: bool = False


METASCOPES: dict[str, ScopeMapping] = {
    "ent_adobeio_sdk": ScopeMapping(
        "I/O Management API",
        ("AdobeID", "openid", "read_organizations", "additional_info.projectedProductContext",
         "additional_info.roles", "adobeio_api", "read_client_secret", "manage_client_secrets"),
        "confirmed",
    ),
    "event_receiver_api": ScopeMapping(
        "I/O Events", ("openid", "AdobeID", "event_receiver", "event_receiver_api"), "confirmed"
    ),
    "asset_compute_meta": ScopeMapping("Asset Compute", ("asset_compute", "read_organizations"), "confirmed"),
    "ent_user_sdk": ScopeMapping(
        "User Management API", ("openid", "AdobeID", "user_management_sdk"), "confirmed"
    ),
    "ent_analytics_bulk_ingest_sdk": ScopeMapping("Adobe Analytics", _BASE, "observed"),
    "ent_dataservices_sdk": ScopeMapping(
        "Experience Platform",
        ("openid", "session", "AdobeID", "read_organizations", "additional_info.projectedProductContext"),
        "observed",
    ),
    "ent_marketing_sdk": ScopeMapping("Adobe Target", None, "inferred"),
    "ent_campaign_sdk": ScopeMapping(
        "Adobe Campaign",
        ("openid", "AdobeID", "campaign_sdk", "additional_info.projectedProductContext",
         "campaign_config_server_general", "deliverability_service_general"),
        "observed",
    ),
    "ent_audiencemanagerplatform_sdk": ScopeMapping("Audience Manager", None, "unconfirmed"),
    "ent_reactor_sdk": ScopeMapping("Tags (Reactor)", None, "unconfirmed"),
    "ent_reactor_admin_sdk": ScopeMapping("Tags (Reactor), old metascope", None, "unconfirmed"),
    "ent_reactor_it_admin_sdk": ScopeMapping("Tags (Reactor), old metascope", None, "unconfirmed"),
    "ent_reactor_developer_sdk": ScopeMapping("Tags (Reactor), old metascope", None, "unconfirmed"),
    "ent_reactor_approver_sdk": ScopeMapping("Tags (Reactor), old metascope", None, "unconfirmed"),
    "ent_reactor_publisher_sdk": ScopeMapping("Tags (Reactor), old metascope", None, "unconfirmed"),
    "ent_reactor_extension_developer_sdk": ScopeMapping("Tags (Reactor), old metascope", None, "unconfirmed"),
    "ent_cloudmgr_sdk": ScopeMapping(
        "Cloud Manager", (*_BASE, "read_pc.dma_aem_ams"), "confirmed"
    ),
    "ent_smartcontent_sdk": ScopeMapping(
        "AEM Smart Tags",
        ("read_pc.dma_smart_content", "openid", "AdobeID", "additional_info.projectedProductContext"),
        "confirmed",
    ),
    "ent_documentcloud_sdk": ScopeMapping("PDF Services", (), "confirmed"),
    "ent_ccas_sdk": ScopeMapping("Photoshop / Lightroom (CCE-AS)", ("openid", "AdobeID", "read_organizations"),
                                 "observed"),
    "ent_default_sdk": ScopeMapping("Photoshop / Lightroom", ("openid", "AdobeID", "read_organizations"),
                                    "observed"),
    "ent_stocksearch_sdk": ScopeMapping("Adobe Stock", None, "unconfirmed"),
    "ent_gdpr_sdk": ScopeMapping("Privacy Service", None, "unconfirmed"),
    "ent_brand_portal_sdk": ScopeMapping("Brand Portal", None, "unconfirmed"),
    "ent_places_sdk": ScopeMapping("Places", None, "unconfirmed"),
    "ent_aem_cloud_api": ScopeMapping("AEM as a Cloud Service service credentials", None, "confirmed", True),
    "ent_aem_cloud_sdk": ScopeMapping("AEM as a Cloud Service service credentials", None, "confirmed", True),
}

_PREFIX = re.compile(r"^(?:https?://ims-[a-z0-9-]+\.adobelogin\.com)?/?s/", re.I)
_NAME = re.compile(r"\bent_[a-z_]+_(?:sdk|api)\b|\bevent_receiver_api\b|\basset_compute_meta\b")


@dataclass(frozen=True)
class ScopeChoice:
    """The OAuth scopes for a set of metascopes; `scopes` is None when any metascope is unmapped."""

    metascopes: tuple[str, ...]
    scopes: tuple[str, ...] | None
    unknown: tuple[str, ...]


def normalize(metascope: str) -> str:
    """`https://ims-na1.adobelogin.com/s/ent_user_sdk` or `/s/ent_user_sdk` -> `ent_user_sdk`."""
    return _PREFIX.sub("", metascope.strip().strip("\"'"))


def split_metascopes(value: object) -> tuple[str, ...]:
    """Metascope names from a list, a comma/space separated string, or a JSON-ish array string."""
    items = value if isinstance(value, list) else re.split(r"[\s,\[\]]+", str(value))
    names = (normalize(str(item)) for item in items)
    return tuple(name for name in names if name)


def find_metascopes(text: str) -> tuple[str, ...]:
    """Every metascope name mentioned in `text`, in order, without duplicates."""
    return tuple(dict.fromkeys(_NAME.findall(text)))


def is_exempt(metascopes: Iterable[str]) -> bool:
    """True when the metascopes belong to AEM CS service credentials (not deprecated)."""
    return any(METASCOPES.get(m, _UNKNOWN).exempt for m in metascopes)


_UNKNOWN = ScopeMapping("unknown", None, "unknown")


def choose(metascopes: Iterable[str]) -> ScopeChoice:
    """Map metascopes to the union of their OAuth scopes (order kept); None if any is unmapped."""
    names = tuple(dict.fromkeys(metascopes))
    unknown = tuple(m for m in names if METASCOPES.get(m, _UNKNOWN).scopes is None)
    if unknown or not names:
        return ScopeChoice(names, None, unknown)
    merged: dict[str, None] = {}
    for name in names:
        merged.update(dict.fromkeys(METASCOPES[name].scopes or ()))
    return ScopeChoice(names, tuple(merged), ())
