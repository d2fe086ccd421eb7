"""A small organisation of five repositories for the multi-repo tests (shard, merge, diff, HTML).

Week 1: billing-api not started, web-portal in progress, data-sync migrated, docs-site clean, legacy-etl not
started (an unknown metascope, a non-ASCII path, a snippet full of HTML). Week 2 (`next_week`): web-portal
finished its migration, billing-api deleted its private key, data-sync grew a new JWT call."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from auditor.cli import main

CLIENT_BILLING = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
CLIENT_PORTAL = "f9e8d7c6b5a4039281706f5e4d3c2b1a"
EXCHANGE = "https://ims-na1.adobelogin.com/ims/exchange/jwt"
TOKEN = "https://ims-na1.adobelogin.com/ims/token/v3"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----\n"
SHARED_ENV = f"IMS_JWT_URL={EXCHANGE}\nIMS_ORG=0123456789ABCDEF01234567@AdobeOrg\n"
HOSTILE = f'<script>alert("x")</script> <img src=x onerror=alert(1)> {EXCHANGE}\n'
AS_OF = "2026-02-02"
NEXT_AS_OF = "2026-02-09"

REPOS: dict[str, dict[str, str]] = {
    "billing-api": {
        "src/auth.py": (f'CLIENT_ID = "{CLIENT_BILLING}"\nMETASCOPES = ["ent_analytics_bulk_ingest_sdk"]\n'
                        f'def token():\n    return requests.post("{EXCHANGE}", data=form)\n'),
        "keys/private.key": PEM,
        "config/app.env": SHARED_ENV,
        "requirements.txt": "requests==2.31.0\n",
    },
    "data-sync": {
        "sync.py": f'resp = requests.post("{TOKEN}", data={{"grant_type": "client_credentials"}})\n',
    },
    "docs-site": {
        "README.md": "# Docs\nNothing to see here.\n",
        "assets/logo.png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    },
    "legacy-etl": {
        "config/app.env": SHARED_ENV,
        "etl/run.py": f'scopes = "ent_stocksearch_sdk"\nurl = "{EXCHANGE}"\n',
        "données/配置.yaml": f"ims:\n  exchange: {EXCHANGE}\n",
        "notes/hostile.txt": HOSTILE,
    },
    "web-portal": {
        "package.json": '{"name": "web-portal"}\n',
        "node_modules/adobe-jwt-auth/index.js": f'fetch("{EXCHANGE}");\n',
        "server/token.js": f'const clientId = "{CLIENT_PORTAL}";\nfetch("{EXCHANGE}", {{method: "POST"}});\n',
        "server/oauth.js": (f'const client_id = "{CLIENT_PORTAL}";\n'
                            f'fetch("{TOKEN}", {{body: "grant_type=client_credentials"}});\n'),
    },
}


def make_org(base: Path) -> list[Path]:
    """The five repos under `base`, in name order."""
    roots = []
    for name, files in REPOS.items():
        for rel, text in files.items():
            path = base / name / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        roots.append(base / name)
    return sorted(roots)


def next_week(base: Path) -> None:
    """The changes a week brings: one integration migrated, a key deleted, a new JWT call."""
    (base / "web-portal/server/token.js").write_text(
        f'const clientId = "{CLIENT_PORTAL}";\n// moved to oauth.js\n', encoding="utf-8")
    (base / "billing-api/keys/private.key").unlink()
    (base / "data-sync/legacy.py").write_text(f'requests.post("{EXCHANGE}")\n', encoding="utf-8")


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def scan(roots: list[Path], pack: Path, out: Path, *extra: str, as_of: str = AS_OF) -> dict[str, Any]:
    """`jwt-audit scan ROOTS -f json -o OUT` with the test pack only; the saved report."""
    code, _, err = cli("scan", *map(str, roots), "--rules", str(pack), "--pack", "test-pack", "--as-of", as_of,
                       "-f", "json", "-o", str(out), "--fail-on", "never", "--quiet", *extra)
    assert code == 0, err
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report
