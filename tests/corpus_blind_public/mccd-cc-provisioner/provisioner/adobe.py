"""Thin wrapper around umapi-client for the few things we need."""
import logging

from umapi_client import Connection, OAuthS2S, UserAction, UsersQuery, IdentityType

log = logging.getLogger(__name__)


def connect(settings):
    auth = OAuthS2S(client_id=settings.umapi_client_id, client_secret=settings.umapi_client_secret)
    return Connection(
        org_id=settings.umapi_org_id,
        auth=auth,
        user_agent="mccd-cc-provisioner/2.1",
        test_mode=settings.dry_run,
    )


def add_to_profile(conn, email, first, last, profile):
    action = UserAction(id_type=IdentityType.federatedID, email=email)
    action.create(first_name=first, last_name=last, country="US", on_conflict="ignore")
    action.add_to_groups(groups=[profile])
    conn.execute_single(action)
    sent, completed = conn.execute_queued()[:2]
    log.info("umapi %s -> %s (sent=%s completed=%s)", email, profile, sent, completed)
    return completed == sent


def seats(conn, profile):
    return sum(1 for _ in UsersQuery(conn, in_group=profile))
