"""The config families `fix` knows, in the order they are tried (the most specific first)."""
from __future__ import annotations

import re

from auditor.fix import (
    aio_context,
    console,
    dotenv,
    github_action,
    pdfservices,
    pitchmuc,
    postman,
    properties,
    ust,
    workspace,
)
from auditor.fix.model import Fixer

FIXERS: dict[str, Fixer] = {
    fixer.name: fixer
    for fixer in (
        Fixer("workspace-json", "App Builder / Console workspace JSON credential", workspace.detect,
              workspace.rewrite),
        Fixer("console-credential-json", "Developer Console credential download", console.detect, console.rewrite),
        Fixer("pdfservices-credentials", "PDF Services credentials JSON", pdfservices.detect, pdfservices.rewrite),
        Fixer("pitchmuc-config", "aanalytics2 / aepp / cjapy config JSON", pitchmuc.detect, pitchmuc.rewrite),
        Fixer("cloudmanager-context", "aio-cli-plugin-cloudmanager context", aio_context.detect_cloudmanager,
              aio_context.rewrite),
        Fixer("aio-ims-context", "aio-lib-ims context / aio config", aio_context.detect, aio_context.rewrite),
        Fixer("postman-environment", "Postman environment", postman.detect, postman.rewrite),
        Fixer("ust-connector", "User Sync Tool connector config", ust.detect, ust.rewrite),
        Fixer("github-aio-apps-action", "GitHub workflow with adobe/aio-apps-action", github_action.detect,
              github_action.rewrite),
        Fixer("dotenv", ".env variables", dotenv.detect, dotenv.rewrite),
        Fixer("aio-java-properties", "aio-lib-java workspace properties", properties.detect, properties.rewrite),
    )
}


# Every family's detection needs one of these words: files without any are not parsed at all.
PREFILTER = re.compile(
    r"meta_{0,2}scope|metascope|priv(?:ate)?_{0,2}key|tech(?:nical)?_{0,2}acc|tech_id|pathToKey|PUBLIC_KEYS_WITH_EXPIRY"
    r"|service_account_credentials|\"jwt\"|aio_encoded_pkcs8|aio_pkcs12|aio-apps-action|oauth_enabled"
    r"|authentication_method|JWT_TOKEN",
    re.I,
)


def find_fixer(path: str, text: str) -> Fixer | None:
    """The first fixer that recognises the file."""
    if not PREFILTER.search(text):
        return None
    return next((fixer for fixer in FIXERS.values() if fixer.detect(path, text)), None)
