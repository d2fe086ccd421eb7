from unittest import mock

from plugins.hooks.adobe_ims_hook import AdobeImsHook


def _conn():
    c = mock.Mock()
    c.login = "client-id"
    c.password = "client-secret"
    c.extra_dejson = {"scopes": "openid,AdobeID", "global_company_id": "acmeco0"}
    return c


@mock.patch("plugins.hooks.adobe_ims_hook.requests.post")
def test_token_is_cached_in_seconds(post):
    post.return_value.json.return_value = {"access_token": "abc", "token_type": "bearer", "expires_in": 86399}
    hook = AdobeImsHook()
    with mock.patch.object(AdobeImsHook, "get_connection", return_value=_conn()):
        assert hook.get_token() == "abc"
        assert hook.get_token() == "abc"
    assert post.call_count == 1
    url = post.call_args.args[0]
    # regression guard for ADR-012: the retired JWT exchange must never come back
    assert "/ims/exchange/jwt" not in url
