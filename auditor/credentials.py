"""Credentials for `jwt-audit verify`: from environment variables or a config file the scan found, never
from command-line arguments (they end up in shell history)."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from auditor.errors import ConfigError, UsageError

UST_SCOPES = ("openid", "AdobeID", "user_management_sdk")  # what umapi-client's OAuthS2S always asks for


@dataclass(frozen=True)
class EnvNames:
    """Which environment (or .env) variables hold the OAuth Server-to-Server credential."""

    client_id: str = "ADOBE_CLIENT_ID"
    client_secret: str = "ADOBE_CLIENT_SECRET"
    scopes: str = "ADOBE_SCOPES"


@dataclass(frozen=True)
class JwtEnvNames:
    """Which environment (or .env) variables hold the old Service Account (JWT) credential."""

    client_id: str = "ADOBE_JWT_CLIENT_ID"
    client_secret: str = "ADOBE_JWT_CLIENT_SECRET"
    private_key_file: str = "ADOBE_JWT_PRIVATE_KEY_FILE"
    org_id: str = "ADOBE_ORG_ID"
    technical_account_id: str = "ADOBE_TECHNICAL_ACCOUNT_ID"
    metascopes: str = "ADOBE_METASCOPES"


def jwt_env_names(pairs: Iterable[str]) -> JwtEnvNames:
    """JwtEnvNames with `FIELD=NAME` overrides, e.g. `private_key_file=MY_KEY_PATH`."""
    fields = JwtEnvNames().__dict__
    overrides = {}
    for pair in pairs:
        key, sep, name = pair.partition("=")
        if not sep or key.strip() not in fields or not name.strip():
            raise UsageError(f"--jwt-env expects FIELD=NAME with FIELD one of {', '.join(fields)}; got {pair!r}")
        overrides[key.strip()] = name.strip()
    return replace(JwtEnvNames(), **overrides)


@dataclass(frozen=True)
class Credentials:
    """An OAuth Server-to-Server credential; the secret is kept out of repr()."""

    client_id: str
    client_secret: str = field(repr=False)
    scopes: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class JwtCredentials:
    """A Service Account (JWT) credential with its loaded RSA private key."""

    client_id: str
    client_secret: str = field(repr=False)
    private_key: rsa.RSAPrivateKey = field(repr=False)
    org_id: str
    technical_account_id: str
    metascopes: tuple[str, ...]
    source: str



def load_credentials(env: Mapping[str, str], names: EnvNames | None = None, config_path: Path | None = None) -> Credentials:
    """The OAuth credential from a config file when one is given, else from environment variables."""
    names = names or EnvNames()
    if config_path is None:
        return _from_vars(env, names, "environment")
    text = _read(config_path)
    if is_dotenv(config_path):
        return _from_vars(parse_dotenv(text), names, f"{config_path} (.env file)")
    if config_path.suffix.lower() in (".yml", ".yaml"):
        return _from_ust(_parse(yaml.safe_load, text, config_path), config_path)
    return _from_json(_parse(json.loads, text, config_path), config_path)


def _from_vars(values: Mapping[str, str], names: EnvNames, source: str) -> Credentials:
    client_id = _required(values, names.client_id, source)
    secret = _required(values, names.client_secret, source)
    scopes = split_scopes(_required(values, names.scopes, source))
    return Credentials(client_id, secret, scopes, source)


def _required(values: Mapping[str, str], name: str, source: str) -> str:
    value = (values.get(name) or "").strip()
    if not value:
        raise UsageError(f"{name} is not set ({source}); set it, name another variable, or use --config FILE")
    return value


def split_scopes(value: object) -> tuple[str, ...]:
    """Scopes from a list or a comma/space separated string, in order, without blanks."""
    items = value if isinstance(value, (list, tuple)) else re.split(r"[,\s]+", str(value or ""))
    return tuple(str(item).strip() for item in items if str(item).strip())


def is_dotenv(path: Path) -> bool:
    return path.name.startswith(".env") or path.suffix == ".env"


def parse_dotenv(text: str) -> dict[str, str]:
    """KEY=VALUE lines (optionally `export`ed, quoted, commented), as docker and python-dotenv read them."""
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip().removeprefix("export ").strip()
        key, sep, value = line.partition("=")
        if sep and key and not key.startswith("#"):
            values[key.strip()] = _unquote(value.strip())
    return values


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value.split(" #", 1)[0].strip()


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the credential file ({type(exc).__name__})") from None


def _parse(loader: Callable[[str], Any], text: str, path: Path) -> dict[str, Any]:
    try:
        doc = loader(text)
    except (ValueError, yaml.YAMLError):
        raise ConfigError(f"{path}: not valid {'YAML' if loader is yaml.safe_load else 'JSON'}") from None
    if not isinstance(doc, dict):
        raise ConfigError(f"{path}: expected an object at the top level")
    return doc


def _from_ust(doc: Mapping[str, Any], path: Path) -> Credentials:
    enterprise = doc.get("enterprise")
    if not isinstance(enterprise, dict):
        raise ConfigError(f"{path}: no 'enterprise:' section; expected a User Sync connector-umapi.yml")
    method = str(doc.get("authentication_method") or enterprise.get("authentication_method") or "jwt")
    if method.lower() != "oauth":
        raise ConfigError(f"{path}: authentication_method is {method!r} (Service Account JWT); set it to oauth")
    for key in ("secure_client_id_key", "secure_client_secret_key"):
        if enterprise.get(key):
            raise ConfigError(f"{path}: enterprise.{key} keeps the value in a keyring; export it to a variable")
    source = f"{path} (User Sync connector-umapi.yml)"
    client_id = _config_value(enterprise.get("client_id"), "enterprise.client_id", source)
    secret = _config_value(enterprise.get("client_secret"), "enterprise.client_secret", source)
    return Credentials(client_id, secret, UST_SCOPES, source)


# JSON shapes: (label, key names for messages: client id, client secret, scopes)
_JSON_SHAPES = {
    "console": ("Developer Console OAuth Server-to-Server JSON", "CLIENT_ID", "CLIENT_SECRETS[0]", "SCOPES"),
    "aio": ("aio-lib-ims OAuth context", "client_id", "client_secrets[0]", "scopes"),
    "workspace": ("App Builder workspace JSON", "oauth_server_to_server.client_id",
                  "oauth_server_to_server.client_secrets[0]", "oauth_server_to_server.scopes"),
    "aepp": ("aanalytics2/aepp config", "client_id", "secret", "scopes"),
}


def _from_json(doc: Mapping[str, Any], path: Path) -> Credentials:
    shape, body = _json_shape(doc, path)
    label, id_key, secret_key, scopes_key = _JSON_SHAPES[shape]
    flat = {str(k).lower(): v for k, v in body.items()}
    source = f"{path} ({label})"
    secrets = flat.get("client_secrets")
    secret = secrets[0] if isinstance(secrets, list) and secrets else flat.get("secret") or flat.get("client_secret")
    return Credentials(
        _config_value(flat.get("client_id") or flat.get("api_key"), id_key, source),
        _config_value(secret, secret_key, source),
        split_scopes(_config_value(flat.get("scopes"), scopes_key, source)),
        source,
    )


def _json_shape(doc: Mapping[str, Any], path: Path) -> tuple[str, Mapping[str, Any]]:
    if isinstance(doc.get("project"), dict):
        return "workspace", _workspace_oauth(doc, path)
    if "CLIENT_SECRETS" in doc:
        return "console", doc
    if "client_secrets" in doc:
        return "aio", doc
    jwt_keys = {"PUBLIC_KEYS_WITH_EXPIRY", "TECHNICAL_ACCOUNT_ID", "meta_scopes", "tech_id", "pathToKey", "private_key"}
    if "scopes" not in doc and jwt_keys & set(doc):
        raise ConfigError(f"{path}: this is a Service Account (JWT) credential; verify needs the OAuth Server-to-Server one")
    return "aepp", doc


def _workspace_oauth(doc: Mapping[str, Any], path: Path) -> Mapping[str, Any]:
    details = ((doc.get("project") or {}).get("workspace") or {}).get("details") or {}
    kinds = []
    for cred in details.get("credentials") or []:
        if isinstance(cred, dict) and cred.get("integration_type") == "oauth_server_to_server":
            body = cred.get("oauth_server_to_server")
            if isinstance(body, dict):
                return body
        kinds.append(str(cred.get("integration_type") if isinstance(cred, dict) else "?"))
    found = ", ".join(kinds) or "none"
    raise ConfigError(f"{path}: the workspace has no oauth_server_to_server credential (found: {found})")


def _config_value(value: object, key: str, source: str) -> str:
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    if not isinstance(value, (str, int)) or not str(value).strip():
        raise ConfigError(f"{key} is missing or empty in {source}")
    return str(value).strip()


def load_jwt_credentials(
    env: Mapping[str, str], names: JwtEnvNames | None = None, config_path: Path | None = None
) -> JwtCredentials:
    """The old JWT credential from environment variables (a --config .env file's values take precedence)."""
    names = names or JwtEnvNames()
    values, source = dict(env), "environment"
    if config_path is not None and is_dotenv(config_path):
        values.update(parse_dotenv(_read(config_path)))
        source = f"environment and {config_path}"
    key_path = _required(values, names.private_key_file, source)
    metascopes = tuple(m.rsplit("/s/", 1)[-1] for m in split_scopes(_required(values, names.metascopes, source)))
    return JwtCredentials(
        client_id=_required(values, names.client_id, source),
        client_secret=_required(values, names.client_secret, source),
        private_key=load_private_key(Path(key_path).expanduser(), names.private_key_file),
        org_id=_required(values, names.org_id, source),
        technical_account_id=_required(values, names.technical_account_id, source),
        metascopes=metascopes,
        source=source,
    )


def load_private_key(path: Path, variable: str) -> rsa.RSAPrivateKey:
    """An unencrypted PEM RSA private key; UsageError naming the variable (never the key) otherwise."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise UsageError(f"{variable}: cannot read the private key file {path} ({type(exc).__name__})") from None
    except (ValueError, TypeError):
        raise UsageError(f"{variable}: {path} is not an unencrypted PEM private key") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise UsageError(f"{variable}: {path} is not an RSA key (Adobe JWTs are signed with RS256)")
    return key
