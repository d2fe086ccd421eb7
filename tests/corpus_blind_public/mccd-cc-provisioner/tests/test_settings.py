import pytest

from provisioner import settings


def test_load_requires_umapi(monkeypatch):
    monkeypatch.delenv("UMAPI_ORG_ID", raising=False)
    with pytest.raises(KeyError):
        settings.load()


def test_load(monkeypatch):
    monkeypatch.setenv("UMAPI_ORG_ID", "00000000000000000000000A@AdobeOrg")
    monkeypatch.setenv("UMAPI_CLIENT_ID", "cid")
    monkeypatch.setenv("UMAPI_CLIENT_SECRET", "secret")
    s = settings.load(dry_run=True)
    assert s.dry_run
    assert s.google_sa_file.endswith("google-service-account.json")
