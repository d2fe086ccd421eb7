from django.conf import settings
from umapi_client import Connection, OAuthS2S
from umapi_client import UsersQuery, UserAction


def get_connection(test_mode=False):
    cfg = settings.ADOBE_UMAPI
    auth = OAuthS2S(client_id=cfg["client_id"], client_secret=cfg["client_secret"])
    return Connection(org_id=cfg["org_id"], auth=auth, test_mode=test_mode,
                      user_agent="license-desk/2.2")


def all_users():
    return list(UsersQuery(get_connection()))


def remove_from_profile(email, profile):
    conn = get_connection()
    action = UserAction(id_type="federatedID", email=email)
    action.remove_from_groups(groups=[profile])
    conn.execute_single(action, immediate=True)
