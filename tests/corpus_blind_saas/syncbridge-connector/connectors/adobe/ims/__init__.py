from .provider import get_access_token

__all__ = ["get_access_token"]
