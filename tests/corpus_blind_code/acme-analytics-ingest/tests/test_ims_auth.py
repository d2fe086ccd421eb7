from acme_ingest import ims_auth, settings


def test_claims_shape(monkeypatch):
    monkeypatch.setattr(settings, "ACME_IMS_HOST", "https://ims-na1.adobelogin.com")
    monkeypatch.setattr(settings, "CLIENT_ID", "testclient")
    claims = ims_auth._build_claims()
    assert claims["aud"] == "https://ims-na1.adobelogin.com/c/testclient"
    assert claims["https://ims-na1.adobelogin.com/s/ent_analytics_bulk_ingest_sdk"] is True
    assert claims["exp"] > 0


def test_cached_token_is_reused(tmp_path, monkeypatch):
    cache = tmp_path / "tok.json"
    cache.write_text('{"access_token": "abc", "expires_at": 99999999999}')
    monkeypatch.setattr(ims_auth, "_CACHE", cache)
    assert ims_auth.get_access_token() == "abc"
