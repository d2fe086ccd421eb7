"""Adobe IMS token providers.

Both providers expose ``token() -> str``; the export jobs do not care which one is active.
"""
from export_service.ims.client_credentials import ClientCredentialsTokenProvider
from export_service.ims.jwt_exchange import JwtTokenProvider
from export_service.settings import AdobeSettings


def get_token_provider(settings: AdobeSettings):
    if settings.auth_mode == "oauth":
        return ClientCredentialsTokenProvider(settings)
    return JwtTokenProvider(settings)


__all__ = ["get_token_provider", "ClientCredentialsTokenProvider", "JwtTokenProvider"]
