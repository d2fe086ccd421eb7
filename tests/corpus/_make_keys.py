"""Generate the throwaway RSA keys and self-signed certificates used by the corpus and sample_configs.

Run once from the repository root: ``python tests/corpus/_make_keys.py``. Every key is freshly
generated, belongs to nothing, and exists only so that scanners have realistic PEM material to find.
Re-running replaces the files with new random keys (line numbers of labels do not change: every
PEM file starts with its BEGIN line).

Keys that are embedded in other files (Kubernetes Secret, .env, Postman environment, JSON) are
written to ``/tmp/corpus_keys/<name>.pem`` for the corpus builder to pick up.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[2]
EMBED = Path("/tmp/corpus_keys")
PASSPHRASE = b"throwaway-corpus-passphrase"

PKCS1 = serialization.PrivateFormat.TraditionalOpenSSL
PKCS8 = serialization.PrivateFormat.PKCS8


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def key_pem(key: rsa.RSAPrivateKey, fmt: serialization.PrivateFormat, password: bytes | None = None) -> bytes:
    enc = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, fmt, enc)


def cert_pem(key: rsa.RSAPrivateKey, cn: str, not_after: str, days: int = 365, org: str = "") -> bytes:
    end = dt.datetime.fromisoformat(not_after).replace(tzinfo=dt.timezone.utc)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        attrs.insert(0, x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    name = x509.Name(attrs)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(end - dt.timedelta(days=days))
        .not_valid_after(end)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def write(rel: str, data: bytes) -> None:
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print("wrote", rel)


def pair(key_rel: str, cert_rel: str | None, fmt, not_after: str | None, cn: str, password=None) -> None:
    key = new_key()
    write(key_rel, key_pem(key, fmt, password))
    if cert_rel:
        write(cert_rel, cert_pem(key, cn, not_after))


def embedded(name: str, fmt, not_after: str | None = None) -> None:
    EMBED.mkdir(exist_ok=True)
    key = new_key()
    (EMBED / f"{name}.pem").write_bytes(key_pem(key, fmt))
    if not_after:
        (EMBED / f"{name}.crt").write_bytes(cert_pem(key, name, not_after))
    print("wrote", EMBED / f"{name}.pem")


def config_zip(rel: str, not_after: str, cn: str) -> None:
    key = new_key()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("private.key", (2025, 2, 14, 9, 30, 0)), key_pem(key, PKCS8))
        zf.writestr(zipfile.ZipInfo("certificate_pub.crt", (2025, 2, 14, 9, 30, 0)),
                    cert_pem(key, cn, not_after))
    write(rel, buf.getvalue())


def main() -> None:
    sc, tc = "sample_configs", "tests/corpus"
    # sample_configs: the README demo. The JWT certificate expires 2025-09-15 (before the 2026-03-01 stop).
    pair(f"{sc}/jwt-integration/private.key", f"{sc}/jwt-integration/certificate_pub.crt", PKCS8,
         "2025-09-15T12:00:00", "acme-reporting-jwt")
    pair(f"{sc}/mixed/private.key", f"{sc}/mixed/certificate_pub.crt", PKCS8,
         "2026-01-20T08:00:00", "acme-reporting-jwt")
    # corpus: positive repos
    pair(f"{tc}/ust-sync-config/private-encrypted.key", f"{tc}/ust-sync-config/certificate_pub.crt",
         PKCS8, "2024-11-30T23:59:59", "ust-prod", password=PASSPHRASE)
    pair(f"{tc}/aep-ingest-pipeline/keys/private.key", f"{tc}/aep-ingest-pipeline/keys/certificate_pub.crt",
         PKCS1, "2026-05-20T10:00:00", "aep-ingest")
    pair(f"{tc}/campaign-connector-java/src/main/resources/secret.key", None, PKCS8, None, "")
    pair(f"{tc}/target-activities-php/keys/private.key", f"{tc}/target-activities-php/keys/certificate_pub.crt",
         PKCS8, "2026-06-30T00:00:00", "target-activities")
    config_zip(f"{tc}/target-activities-php/config.zip", "2025-02-14T09:30:00", "target-activities")
    pair(f"{tc}/pdf-automation-dotnet/keys/private.key", f"{tc}/pdf-automation-dotnet/keys/certificate_pub.crt",
         PKCS1, "2025-01-10T00:00:00", "pdf-automation")
    pair(f"{tc}/go-stock-search/certs/private.pem", f"{tc}/go-stock-search/certs/certificate_pub.crt",
         PKCS8, "2025-12-01T00:00:00", "stock-search")
    pair(f"{tc}/campaign-sync-rb/config/keys/private.key", None, PKCS1, None, "")
    # corpus: negative repos (TLS and Workfront keys: not Adobe IMS JWT)
    key = new_key()
    write(f"{tc}/webapp-auth-jwt/deploy/nginx/ssl/private.key", key_pem(key, PKCS8))
    write(f"{tc}/webapp-auth-jwt/deploy/nginx/ssl/server.crt",
          cert_pem(key, "app.example.com", "2027-01-01T00:00:00", days=397, org="Example Shop Ltd"))
    pair(f"{tc}/webapp-auth-jwt/keys/jwt-signing.pem", None, PKCS1, None, "")
    pair(f"{tc}/workfront-marketo-sync/workfront/private.key",
         f"{tc}/workfront-marketo-sync/workfront/certificate_pub.crt", PKCS8, "2026-10-01T00:00:00",
         "workfront-sync")
    # embedded keys
    for name, fmt in [("k8s_secret", PKCS1), ("node_env", PKCS8), ("postman_env", PKCS8),
                      ("google_sa", PKCS8)]:
        embedded(name, fmt)
    embedded("aem_service", PKCS1, not_after="2026-09-03T10:15:22")


if __name__ == "__main__":
    main()
