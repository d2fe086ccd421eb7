"""Feature flags. Kept deliberately tiny; flags are read from the environment at boot."""
import environ

env = environ.Env()

FEATURE_FLAGS = {
    # When False every tenant uses the Service Account (JWT) path regardless of auth_mode.
    "adobe_oauth_s2s": env.bool("FF_ADOBE_OAUTH_S2S", default=False),
    # Tenants forced onto OAuth S2S even if the global flag is off (canary list).
    "adobe_oauth_s2s_canary_tenants": env.list("FF_ADOBE_OAUTH_S2S_CANARY", default=[]),
    "salesforce_bulk_v2": env.bool("FF_SALESFORCE_BULK_V2", default=True),
}


def adobe_oauth_enabled_for(tenant_slug: str) -> bool:
    if FEATURE_FLAGS["adobe_oauth_s2s"]:
        return True
    return tenant_slug in FEATURE_FLAGS["adobe_oauth_s2s_canary_tenants"]
