"""Tokens for SyncBridge's own dashboard sessions and public API."""
from rest_framework_simplejwt.tokens import RefreshToken


def tokens_for_user(user, tenant):
    refresh = RefreshToken.for_user(user)
    refresh["tenant"] = tenant.slug
    refresh["role"] = user.profile.role
    return {"refresh": str(refresh), "access": str(refresh.access_token)}
