#!/usr/bin/env python3
# Copied from the team's benchmark kit (shared/bench/make_corpus.py) so that the project's
# bench is self-contained; changes: ruff-clean only (same bytes, same commit id for a seed).
"""Deterministic generator of a synthetic monorepo for benchmarking the auditor.

The tree mimics a polyglot monorepo: source files in many languages, config
files, docs, a handful of large files (log, minified bundle, lockfile, NDJSON
fixture), binary files (PNG-like, JAR/ZIP), a git-ignored node_modules/, hidden
dot-env files, and a .git directory with one commit (so git-aware tools work).

A small, known fraction of files carries planted markers of Adobe's deprecated
Service Account (JWT) credentials; fewer carry OAuth Server-to-Server markers;
and about as many carry "near misses" (generic JWT code, TLS private.key,
non-Adobe client_credentials, prose about the deprecation, lexical look-alikes).
Every planted line is listed in a manifest (planted.json) written NEXT TO the
tree (default: <path>.planted.json) so that it is not itself scanned.

Only the standard library is used. Same arguments + same seed => same bytes,
same manifest and (with git) the same commit id.

    python3 make_corpus.py /tmp/auditor-corpus                # 20000 files, ~200 MB
    python3 make_corpus.py /tmp/small --files 2000 --size-mb 20
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
import zipfile

MB = 1_000_000  # throughout the bench, MB means 10**6 bytes
STAMP = ".bench-corpus"

# --------------------------------------------------------------------------
# Ground-truth literals. Every planted line is checked against these
# (case-sensitive substring) to fill in "markers" in the manifest.
# "strength" is a hint for the auditor team, not a rule.
# --------------------------------------------------------------------------
LITERALS = [
    # id,                      literal,                    family,  strength
    ("ims_exchange_jwt", "ims/exchange/jwt", "jwt", "strong"),
    ("techacct_email", "@techacct.adobe.com", "jwt", "strong"),
    ("metascope_url", "adobelogin.com/s/ent_", "jwt", "strong"),
    ("jwt_auth_npm", "@adobe/jwt-auth", "jwt", "strong"),
    ("jwt_aud_claim", "adobelogin.com/c/", "jwt", "strong"),
    ("meta_scopes", "meta_scopes", "jwt", "medium"),
    ("metascopes", "metascopes", "jwt", "medium"),
    ("metaScopes", "metaScopes", "jwt", "medium"),
    ("technical_account_id", "technical_account_id", "jwt", "medium"),
    ("technicalAccountId", "technicalAccountId", "jwt", "medium"),
    ("technicalAccount", "technicalAccount", "jwt", "medium"),
    ("metascope_path", "/s/ent_", "jwt", "strong"),
    ("jwt_token", "jwt_token", "jwt", "weak"),
    ("jwtToken", "jwtToken", "jwt", "weak"),
    ("JWT_TOKEN", "JWT_TOKEN", "jwt", "weak"),
    ("private_key_file", "private.key", "jwt", "weak"),
    ("pem_private_key", "PRIVATE KEY-----", "jwt", "weak"),
    ("adobe_org_id", "@AdobeOrg", "both", "context"),
    ("ims_host", "ims-na1.adobelogin.com", "both", "context"),
    ("ims_token_v3", "ims/token/v3", "s2s", "strong"),
    ("client_credentials", "client_credentials", "s2s", "weak"),
    ("adobe_scopes", "openid,AdobeID", "s2s", "medium"),
]

WORDS = (  # noqa: SIM905
    "account action adapter address admin agent alert alias api app archive asset "
    "audit auth backend balance batch bill blob bridge bucket buffer build bundle "
    "cache campaign cart catalog channel chart check client cluster code config "
    "connector consumer content context cookie core count credit cron customer "
    "dashboard data debug delivery device digest domain draft edge email engine "
    "entry event export factory feature feed field file filter flag flow form "
    "gateway graph group handler hash header health history hook image import "
    "index input insight invoice item job key label layer ledger limit link list "
    "loader locale lock log lookup manager map media merge message meta metric "
    "model module monitor node notice offer order owner packet page panel parser "
    "partner payload payment peer pipeline plan policy pool post price print "
    "profile project promo provider proxy query queue quota rate reader record "
    "region registry report request resolver resource result retry review role "
    "route rule runner sample scheduler schema scope search segment sender "
    "session setting shard signal sink site slot snapshot source span spec stage "
    "state status store stream style subject summary sync table tag target task "
    "template tenant theme ticket timer token topic trace tracker transfer tree "
    "trigger upload usage user validator value vault version view visit volume "
    "wallet watch widget worker workflow zone"
).split()

PROSE = (  # noqa: SIM905
    "the this that with from into when then only each some more less must should "
    "will may can returns handles checks builds loads stores sends reads writes "
    "updates removes creates validates retries caches merges converts resolves "
    "before after during while because unless until request response error value "
    "result default optional required internal external legacy temporary"
).split()

UNICODE_BITS = ["Größe", "naïve café", "日本語のテキスト", "¿Qué tal?", "Ωmega", "Привет", "✓ done"]

SVC = [
    "billing",
    "catalog",
    "checkout",
    "identity",
    "inventory",
    "ledger",
    "mailer",
    "media",
    "notify",
    "orders",
    "payments",
    "pricing",
    "profile",
    "reports",
    "search",
    "shipping",
    "analytics",
    "assets",
    "campaigns",
    "content",
    "forms",
    "gateway",
    "importer",
    "exporter",
    "scheduler",
    "audit",
    "sync",
    "tenant",
]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    # ---- small helpers -------------------------------------------------
    def w(self) -> str:
        return self.r.choice(WORDS)

    def snake(self, n: int = 2) -> str:
        return "_".join(self.w() for _ in range(n))

    def camel(self, n: int = 2) -> str:
        parts = [self.w() for _ in range(n)]
        return parts[0] + "".join(p.capitalize() for p in parts[1:])

    def pascal(self, n: int = 2) -> str:
        return "".join(self.w().capitalize() for _ in range(n))

    def sentence(self, lo: int = 4, hi: int = 12) -> str:
        words = [
            self.r.choice(PROSE if self.r.random() < 0.45 else WORDS) for _ in range(self.r.randint(lo, hi))
        ]
        if self.r.random() < 0.03:
            words.append(self.r.choice(UNICODE_BITS))
        s = " ".join(words)
        return s[0].upper() + s[1:]

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def HEXs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789ABCDEF") for _ in range(n))

    def num(self) -> int:
        return self.r.choice([0, 1, 2, 3, 5, 8, 10, 16, 30, 60, 100, 256, 1000, 1024, 3600])

    def b64(self, nbytes: int) -> str:
        return base64.b64encode(self.r.randbytes(nbytes)).decode()

    _FILL = re.compile(r"\{\{|\}\}|\{([a-zA-Z])\}")

    def fill(self, tmpl: str) -> str:
        # {w} word, {s} snake_case, {c} camelCase, {P} PascalCase, {n} number,
        # {t} sentence, {h} hex; {{ and }} are literal braces
        def sub(m):
            tok = m.group(0)
            if tok == "{{":
                return "{"
            if tok == "}}":
                return "}"
            f = self._GEN.get(m.group(1))
            return f(self) if f else tok

        return self._FILL.sub(sub, tmpl)

    _GEN = {
        "w": w,
        "s": snake,
        "c": camel,
        "P": pascal,
        "n": lambda self: str(self.num()),
        "t": sentence,
        "h": lambda self: self.hexs(12),
    }


# --------------------------------------------------------------------------
# Line templates per file kind (bodies are drawn from a pool built from these)
# --------------------------------------------------------------------------
T = {
    "py": [
        "def {s}({w}, {w}_id=None, **kwargs):",
        "    return {s}({w}, {w})",
        "import {w}",
        "from {w}.{w} import {P}",
        "class {P}({P}):",
        "    {s} = {s}({w}, timeout={n})",
        "# {t}",
        "    if {w} is None:",
        '        raise ValueError("{t}")',
        '    logger.info("{t} %s", {s})',
        "    for {w} in self.{s}:",
        "        yield {w}",
        '    """{t}"""',
        "        self.{s} = {s}",
        "    @property",
        "",
        "    result = await self.{s}.{s}({w}={w})",
        '{s} = os.environ.get("{w}_{w}", "{w}")',
        '        return {{"{w}": {w}, "{w}": {n}}}',
        "    except {P}Error as exc:  # {t}",
    ],
    "js": [
        "const {c} = require('./{w}/{w}');",
        "function {c}({w}, {w}) {{",
        "  return {c}({w});",
        "}}",
        "// {t}",
        "  if (!{w}) {{ throw new Error('{t}'); }}",
        "module.exports = {{ {c}, {c} }};",
        "  const {c} = await {w}.{c}({{ {w}: {n} }});",
        "  {w}.{c} = {c} || {n};",
        "",
        "  for (const {w} of {c}) {{",
        "    console.log('{t}', {w});",
        "  }});",
        "/** {t} */",
        "export const {c} = ({w}) => {w}.{c}({n});",
        "  return fetch(`/api/{w}/${{{w}}}`);",
    ],
    "ts": [
        "import {{ {P} }} from './{w}/{w}';",
        "export interface {P} {{",
        "  {c}: string;",
        "  {c}?: number | null;",
        "}}",
        "export async function {c}({w}: {P}): Promise<{P}> {{",
        "  const {c}: {P} = await this.{c}.{c}({w});",
        "  return {{ ...{w}, {c}: {n} }};",
        "// {t}",
        "",
        "export class {P}Service implements {P} {{",
        "  private readonly {c} = new Map<string, {P}>();",
        "  if ({w} === undefined) {{ return; }}",
        "  /** {t} */",
        "  constructor(private {c}: {P}) {{}}",
        "type {P} = Record<string, {P}>;",
    ],
    "java": [
        "package com.acme.{w}.{w};",
        "import com.acme.{w}.{P};",
        "public class {P} extends {P} {{",
        "    private final {P} {c};",
        "    public {P} {c}({P} {w}) {{",
        "        return {c}.{c}({w});",
        "    }}",
        "}}",
        "    // {t}",
        "    /** {t} */",
        "",
        "        if ({w} == null) {{",
        '            throw new IllegalStateException("{t}");',
        '        LOG.debug("{t} {{}}", {c});',
        "    @Override",
        "        List<{P}> {c} = new ArrayList<>({n});",
        "        for ({P} {w} : {c}) {{",
        "    private static final int {w}_LIMIT = {n};",
    ],
    "go": [
        "package {w}",
        'import "github.com/acme/{w}/{w}"',
        "func {P}({w} *{P}) error {{",
        "\treturn {w}.{P}({w})",
        "}}",
        "// {t}",
        "\tif err != nil {{",
        '\t\treturn fmt.Errorf("{t}: %w", err)',
        "\t}}",
        "",
        "type {P} struct {{",
        '\t{P} string `json:"{s}"`',
        "\t{c} := {w}.{P}({n})",
        "\tfor _, {w} := range {c} {{",
        '\tlog.Printf("{t} %v", {c})',
        "func (s *{P}) {P}(ctx context.Context) ({P}, error) {{",
    ],
    "rb": [
        "class {P} < {P}",
        "  def {s}({w}, {w} = nil)",
        "    {s}({w})",
        "  end",
        "# {t}",
        "    raise ArgumentError, '{t}' if {w}.nil?",
        "  attr_reader :{s}, :{w}",
        "",
        "    @{s} ||= {P}.new({w}: {n})",
        "    {w}.each do |{w}|",
        '      logger.info("{t}")',
        "require '{w}/{w}'",
        "module {P}",
    ],
    "php": [
        "<?php",
        "namespace Acme\\{P};",
        "use Acme\\{P}\\{P};",
        "class {P} extends {P}",
        "{{",
        "    public function {c}(${w}, ${w} = null)",
        "        return $this->{c}(${w});",
        "}}",
        "    // {t}",
        "        if (${w} === null) {{",
        "            throw new \\RuntimeException('{t}');",
        "    private ${c} = {n};",
        "",
        "        foreach (${c} as ${w}) {{",
        "        $this->logger->info('{t}');",
    ],
    "cs": [
        "using Acme.{P};",
        "namespace Acme.{P}.{P}",
        "{{",
        "}}",
        "    public class {P} : I{P}",
        "        public async Task<{P}> {P}Async({P} {c})",
        "            return await _{c}.{P}Async({c});",
        "        // {t}",
        "        /// <summary>{t}</summary>",
        "",
        "            if ({c} == null) throw new ArgumentNullException(nameof({c}));",
        "        private readonly I{P} _{c};",
        "            var {c} = new List<{P}>({n});",
        '            _logger.LogInformation("{t} {{Value}}", {c});',
    ],
    "sh": [
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "# {t}",
        '{w}_{w}="${{{w}:-{w}}}"',
        'if [ -z "${{{w}}}" ]; then',
        '  echo "{t}" >&2',
        "  exit 1",
        "fi",
        "",
        "for f in ./{w}/*.{w}; do",
        '  {w} --{w} "$f" --{w}={n}',
        "done",
        "kubectl -n {w} rollout status deploy/{w}-{w}",
        "docker build -t acme/{w}:{h} .",
    ],
    "json": [
        '  "{c}": "{w}-{w}",',
        '  "{c}": {n},',
        '  "{c}": true,',
        '  "{c}": null,',
        '  "{c}": ["{w}", "{w}"],',
        '  "{c}": "{t}",',
    ],
    "yaml": [
        "{s}: {w}",
        "{s}: {n}",
        '{s}: "{t}"',
        "# {t}",
        "{s}: true",
        "{s}: [{w}, {w}, {w}]",
        '{s}: "{w}.{w}.svc.cluster.local:{n}"',
        "",
    ],
    "toml": ["[{w}.{w}]", '{s} = "{w}"', "{s} = {n}", "# {t}", '{s} = ["{w}", "{w}"]', "{s} = false", ""],
    "ini": ["[{w}_{w}]", "{s} = {w}", "{s} = {n}", "; {t}", "# {t}", "{s} = /var/lib/{w}/{w}", ""],
    "env": ["{W}_{W}={w}", "{W}_{W}_URL=https://{w}.acme.internal/{w}", "# {t}", "{W}_{W}_TIMEOUT={n}", ""],
    "properties": [
        "{w}.{w}.{w}={w}",
        "{w}.{w}.{c}={n}",
        "# {t}",
        "{w}.{w}.url=jdbc:postgresql://{w}:5432/{w}",
        "",
    ],
    "md": [
        "## {P}",
        "{t}.",
        "{t}. {t}.",
        "- {t}",
        "- `{c}`: {t}",
        "",
        "```bash",
        "```",
        "{w} --{w} {w}",
        "| {w} | {w} | {n} |",
        "> {t}",
        "See [{w}](../{w}/{w}.md) for {t}.",
    ],
}
EXT_KIND = {
    "py": "py",
    "js": "js",
    "ts": "ts",
    "java": "java",
    "go": "go",
    "rb": "rb",
    "php": "php",
    "cs": "cs",
    "sh": "sh",
    "json": "json",
    "yaml": "yaml",
    "yml": "yaml",
    "toml": "toml",
    "ini": "ini",
    "env": "env",
    "properties": "properties",
    "md": "md",
}

# share of ordinary text files by extension
EXT_WEIGHTS = [
    ("py", 14),
    ("js", 10),
    ("ts", 14),
    ("java", 9),
    ("go", 7),
    ("rb", 3),
    ("php", 3),
    ("cs", 4),
    ("sh", 2),
    ("json", 7),
    ("yaml", 4),
    ("yml", 2),
    ("toml", 1),
    ("ini", 1),
    ("env", 0.6),
    ("properties", 1.5),
    ("md", 7),
]

GITIGNORE = """# dependencies and build output
node_modules/
dist/
build/
__pycache__/
*.pyc
# logs
*.log
# local secrets
.env
.env.local
# generator stamp
.bench-corpus
"""


def key_block(g: Gen, rsa: bool) -> list[str]:
    label = ("RSA " if rsa else "") + "PRIVATE KEY"
    body = g.b64(64 * 6)
    lines = ["-----BEGIN " + label + "-----"]
    lines += [body[i : i + 64] for i in range(0, len(body), 64)]
    lines.append("-----END " + label + "-----")
    return lines


METASCOPES = [
    "ent_analytics_bulk_ingest_sdk",
    "ent_dataservices_sdk",
    "ent_aem_cloud_api",
    "ent_campaign_sdk",
    "ent_adobeio_sdk",
    "ent_reactor_sdk",
    "ent_marketing_sdk",
    "ent_user_sdk",
    "ent_cloudmgr_sdk",
    "ent_audiencemanagerplatform_sdk",
]


def ids(g: Gen) -> dict:
    return {
        "org": g.HEXs(24) + "@AdobeOrg",
        "ta": g.HEXs(24) + "@techacct.adobe.com",
        "client": g.hexs(32),
        "secret": "p8e-" + g.b64(24).replace("/", "x").replace("+", "y").rstrip("="),
        "ms": g.r.choice(METASCOPES),
        "svc": g.w(),
    }


# --------------------------------------------------------------------------
# Planted snippets. Each function returns a list of lines.
# --------------------------------------------------------------------------
def jwt_snippet(g: Gen, ext: str) -> tuple[str, list[str]]:
    v = ids(g)
    r = g.r
    if ext == "py":
        if r.random() < 0.5:
            return "py-jwt-exchange", [
                'IMS_HOST = "https://ims-na1.adobelogin.com"',
                'JWT_EXCHANGE_URL = IMS_HOST + "/ims/exchange/jwt"',
                "payload = {",
                f'    "iss": "{v["org"]}",',
                f'    "sub": "{v["ta"]}",',
                f'    "aud": "https://ims-na1.adobelogin.com/c/{v["client"]}",',
                f'    "https://ims-na1.adobelogin.com/s/{v["ms"]}": True,',
                '    "exp": int(time.time()) + 60 * 60 * 24,',
                "}",
                'with open(os.path.join(CONFIG_DIR, "private.key"), "rb") as fh:',
                '    jwt_token = jwt.encode(payload, fh.read(), algorithm="RS256")',
                'resp = requests.post(JWT_EXCHANGE_URL, data={"client_id": CLIENT_ID, '
                '"client_secret": CLIENT_SECRET, "jwt_token": jwt_token})',
            ]
        return "py-settings", [
            "ADOBE_IO = {",
            f'    "client_id": "{v["client"]}",',
            f'    "technical_account_id": "{v["ta"]}",',
            f'    "org_id": "{v["org"]}",',
            f'    "meta_scopes": ["{v["ms"]}"],',
            '    "private_key_path": "/etc/secrets/adobe/private.key",',
            "}",
        ]
    if ext in ("js", "ts"):
        if r.random() < 0.6:
            imp = (
                "const auth = require('@adobe/jwt-auth');"
                if ext == "js"
                else "import auth from '@adobe/jwt-auth';"
            )
            return ext + "-jwt-auth", [
                imp,
                "const config = {",
                f"  clientId: '{v['client']}',",
                "  clientSecret: process.env.ADOBE_CLIENT_SECRET,",
                f"  technicalAccountId: '{v['ta']}',",
                f"  orgId: '{v['org']}',",
                f"  metaScopes: ['{v['ms']}'],",
                "  privateKey: fs.readFileSync(path.join(__dirname, 'private.key'), 'utf8'),",
                "};",
                "const { access_token } = await auth(config);",
            ]
        return ext + "-raw-exchange", [
            "const IMS = 'https://ims-na1.adobelogin.com';",
            "const jwtPayload = {",
            f"  iss: '{v['org']}', sub: '{v['ta']}',",
            f"  aud: `${{IMS}}/c/{v['client']}`,",
            f"  [`${{IMS}}/s/{v['ms']}`]: true,",
            "};",
            "const jwt_token = jsonwebtoken.sign(jwtPayload, privateKey, { algorithm: 'RS256' });",
            "const res = await fetch(`${IMS}/ims/exchange/jwt`, { method: 'POST', body: form });",
        ]
    if ext == "java":
        return "java-jwt", [
            '    private static final String IMS_EXCHANGE = "https://ims-na1.adobelogin.com/ims/exchange/jwt";',
            "    Map<String, Object> claims = new HashMap<>();",
            f'    claims.put("iss", "{v["org"]}");',
            f'    claims.put("sub", "{v["ta"]}");',
            f'    claims.put("aud", "https://ims-na1.adobelogin.com/c/{v["client"]}");',
            f'    claims.put("https://ims-na1.adobelogin.com/s/{v["ms"]}", Boolean.TRUE);',
            "    String jwtToken = Jwts.builder().setClaims(claims).signWith(SignatureAlgorithm.RS256, key).compact();",
        ]
    if ext == "go":
        return "go-jwt", [
            'const imsExchangeURL = "https://ims-na1.adobelogin.com/ims/exchange/jwt"',
            "claims := jwt.MapClaims{",
            f'\t"iss": "{v["org"]}",',
            f'\t"sub": "{v["ta"]}",',
            f'\t"aud": "https://ims-na1.adobelogin.com/c/{v["client"]}",',
            f'\t"https://ims-na1.adobelogin.com/s/{v["ms"]}": true,',
            "}",
            'keyBytes, err := os.ReadFile("private.key")',
        ]
    if ext == "rb":
        return "rb-jwt", [
            "IMS_EXCHANGE = 'https://ims-na1.adobelogin.com/ims/exchange/jwt'.freeze",
            f"payload = {{ iss: '{v['org']}', sub: '{v['ta']}',",
            f"            aud: 'https://ims-na1.adobelogin.com/c/{v['client']}',",
            f"            'https://ims-na1.adobelogin.com/s/{v['ms']}' => true }}",
            "jwt_token = JWT.encode(payload, OpenSSL::PKey::RSA.new(File.read('private.key')), 'RS256')",
        ]
    if ext == "php":
        return "php-jwt", [
            "    const IMS_EXCHANGE = 'https://ims-na1.adobelogin.com/ims/exchange/jwt';",
            f"    $payload = ['iss' => '{v['org']}', 'sub' => '{v['ta']}',",
            f"        'aud' => 'https://ims-na1.adobelogin.com/c/{v['client']}',",
            f"        'https://ims-na1.adobelogin.com/s/{v['ms']}' => true];",
            "    $jwt_token = JWT::encode($payload, file_get_contents(__DIR__ . '/private.key'), 'RS256');",
        ]
    if ext == "cs":
        return "cs-jwt", [
            '        private const string ImsExchange = "https://ims-na1.adobelogin.com/ims/exchange/jwt";',
            f'        private const string TechnicalAccountId = "{v["ta"]}";',
            f'        private const string OrgId = "{v["org"]}";',
            f'        var metascope = "https://ims-na1.adobelogin.com/s/{v["ms"]}";',
        ]
    if ext == "sh":
        return "sh-curl-jwt", [
            'JWT_TOKEN="$(python3 scripts/sign_jwt.py --key ./secrets/private.key)"',
            "curl -sS -X POST 'https://ims-na1.adobelogin.com/ims/exchange/jwt' \\",
            '  -F "client_id=${ADOBE_CLIENT_ID}" -F "client_secret=${ADOBE_CLIENT_SECRET}" \\',
            '  -F "jwt_token=${JWT_TOKEN}"',
        ]
    if ext == "json":
        if r.random() < 0.5:
            lines = [
                '  "ok": true,',
                '  "integration": {',
                '    "imsEndpoint": "ims-na1.adobelogin.com",',
                f'    "metascopes": "{v["ms"]}",',
                '    "technicalAccount": {',
                f'      "clientId": "{v["client"]}",',
                f'      "clientSecret": "{v["secret"]}"',
                "    },",
                f'    "email": "{v["ta"]}",',
                f'    "org": "{v["org"]}",',
            ]
            lines.append('    "privateKey": "' + "\\r\\n".join(key_block(g, True)[:3]) + '\\r\\n..."')
            lines.append("  },")
            return "json-aem-integration", lines
        return "json-package-dep", [
            '  "dependencies": {',
            '    "@adobe/jwt-auth": "^2.0.1",',
            '    "node-fetch": "^2.7.0"',
            "  },",
        ]
    if ext in ("yaml", "yml"):
        return "yaml-aio-context", [
            "adobe_io:",
            f"  client_id: {v['client']}",
            f"  technical_account_id: {v['ta']}",
            f"  ims_org_id: {v['org']}",
            f"  meta_scopes: [{v['ms']}]",
            "  private_key: ./secrets/private.key",
            "  ims_endpoint: https://ims-na1.adobelogin.com/ims/exchange/jwt",
        ]
    if ext == "env":
        return "env-jwt", [
            f"ADOBE_CLIENT_ID={v['client']}",
            f"ADOBE_TECHNICAL_ACCOUNT_ID={v['ta']}",
            f"ADOBE_ORG_ID={v['org']}",
            f"ADOBE_META_SCOPES={v['ms']}",
            "ADOBE_PRIVATE_KEY_PATH=./config/private.key",
        ]
    if ext == "properties":
        return "properties-jwt", [
            "adobe.ims.endpoint=https://ims-na1.adobelogin.com/ims/exchange/jwt",
            f"adobe.ims.technical_account_id={v['ta']}",
            f"adobe.ims.org={v['org']}",
            f"adobe.ims.metascopes=https://ims-na1.adobelogin.com/s/{v['ms']}",
            "adobe.ims.private.key.path=/opt/app/keys/private.key",
        ]
    if ext in ("toml", "ini"):
        q = '"' if ext == "toml" else ""
        return ext + "-jwt", [
            "[adobe]",
            f"technical_account_id = {q}{v['ta']}{q}",
            f"org_id = {q}{v['org']}{q}",
            f"meta_scopes = {q}{v['ms']}{q}",
            f"private_key = {q}keys/private.key{q}",
        ]
    if ext == "md":
        return "md-setup-doc", [
            "### Adobe I/O credentials",
            "Create a Service Account (JWT) integration in the Developer Console and download `private.key`.",
            "```bash",
            "curl -X POST https://ims-na1.adobelogin.com/ims/exchange/jwt -F client_id=$ID -F jwt_token=$JWT",
            "```",
            f"Technical account: `{v['ta']}`",
        ]
    raise KeyError(ext)


def s2s_snippet(g: Gen, ext: str) -> tuple[str, list[str]]:
    v = ids(g)
    if ext == "py":
        return "py-s2s", [
            'TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"',
            "resp = requests.post(TOKEN_URL, data={",
            '    "grant_type": "client_credentials",',
            f'    "client_id": "{v["client"]}",',
            '    "client_secret": os.environ["ADOBE_CLIENT_SECRET"],',
            '    "scope": "openid,AdobeID,read_organizations,additional_info.projectedProductContext",',
            "})",
            f'HEADERS = {{"x-gw-ims-org-id": "{v["org"]}"}}',
        ]
    if ext in ("js", "ts"):
        return ext + "-s2s", [
            "const body = new URLSearchParams({",
            "  grant_type: 'client_credentials',",
            f"  client_id: '{v['client']}',",
            "  client_secret: process.env.ADOBE_CLIENT_SECRET,",
            "  scope: 'openid,AdobeID,read_organizations',",
            "});",
            "const res = await fetch('https://ims-na1.adobelogin.com/ims/token/v3', { method: 'POST', body });",
        ]
    if ext == "java":
        return "java-s2s", [
            '    private static final String TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3";',
            '    form.add("grant_type", "client_credentials");',
            '    form.add("scope", "openid,AdobeID,read_organizations");',
        ]
    if ext == "go":
        return "go-s2s", [
            'const imsTokenURL = "https://ims-na1.adobelogin.com/ims/token/v3"',
            'form := url.Values{"grant_type": {"client_credentials"}, "scope": {"openid,AdobeID"}}',
        ]
    if ext == "sh":
        return "sh-s2s", [
            "curl -sS -X POST 'https://ims-na1.adobelogin.com/ims/token/v3' \\",
            "  -d 'grant_type=client_credentials' \\",
            '  -d "client_id=${ADOBE_CLIENT_ID}" -d "client_secret=${ADOBE_CLIENT_SECRET}" \\',
            "  -d 'scope=openid,AdobeID,read_organizations'",
        ]
    if ext in ("yaml", "yml"):
        return "yaml-s2s", [
            "adobe:",
            "  token_url: https://ims-na1.adobelogin.com/ims/token/v3",
            "  grant_type: client_credentials",
            f"  org_id: {v['org']}",
            "  scopes: openid,AdobeID,read_organizations",
        ]
    if ext == "json":
        return "json-s2s", [
            '  "ims": {',
            '    "tokenUrl": "https://ims-na1.adobelogin.com/ims/token/v3",',
            '    "grantType": "client_credentials",',
            f'    "orgId": "{v["org"]}"',
            "  },",
        ]
    if ext == "md":
        return "md-s2s-doc", [
            "### OAuth Server-to-Server",
            "Request a token with `grant_type=client_credentials` from "
            "`https://ims-na1.adobelogin.com/ims/token/v3`.",
        ]
    # everything else: a properties/env-ish line set
    return ext + "-s2s", [
        "ADOBE_IMS_TOKEN_URL=https://ims-na1.adobelogin.com/ims/token/v3",
        "ADOBE_GRANT_TYPE=client_credentials",
        f"ADOBE_ORG_ID={v['org']}",
    ]


def near_miss_snippet(g: Gen, ext: str) -> tuple[str, list[str]]:
    r = g.r
    choice = r.randrange(7)
    if choice == 0:  # generic (non-Adobe) JWT handling
        return "nm-generic-jwt", [
            f"# {g.sentence()}",
            'jwt_token = request.headers.get("Authorization", "").removeprefix("Bearer ")',
            'claims = jwt.decode(jwt_token, PUBLIC_KEY, algorithms=["RS256"], audience="acme-api")',
        ]
    if choice == 1:  # TLS key, not Adobe
        return "nm-tls-private-key", [
            "    ssl_certificate     /etc/nginx/tls/server.crt;",
            "    ssl_certificate_key /etc/nginx/tls/private.key;",
        ]
    if choice == 2:  # other IdP client credentials
        return "nm-okta-client-credentials", [
            "OKTA_TOKEN_URL=https://acme.okta.com/oauth2/default/v1/token",
            "OKTA_GRANT_TYPE=client_credentials",
        ]
    if choice == 3:  # prose about the deprecation, no usage
        return "nm-prose", [
            "Adobe deprecated Service Account (JWT) credentials; new integrations use OAuth Server-to-Server.",
            "Nothing in this service talks to Adobe IMS any more.",
        ]
    if choice == 4:  # lexical look-alikes
        return "nm-lookalike", [
            "# see https://ims-na1.adobelogin.com/ims/exchange/jwk for the key set (not the token exchange)",
            "# owner: data-team@techacct.adobe.co (typo, ignored)",
            "# ent_sdk_metrics = 'meta-scopes are listed in docs/ims.md'",
        ]
    if choice == 5:  # Adobe, but user (browser) OAuth, neither JWT nor S2S
        return "nm-adobe-user-oauth", [
            'AUTHORIZE_URL = "https://ims-na1.adobelogin.com/ims/authorize/v2"',
            'REDIRECT_URI = "https://app.acme.example/callback"',
        ]
    return "nm-identifier-prefix", [  # identifiers that merely contain a marker substring
        "jwt_token_ttl_seconds = 900",
        "private.keyboard_layout = 'us'",
    ]


# --------------------------------------------------------------------------
def lognormal_sizes(g: Gen, n: int, total: int, median: float, sigma: float, cap: int, floor: int = 40):
    raw = [min(cap, max(floor, g.r.lognormvariate(0.0, sigma) * median)) for _ in range(n)]
    s = sum(raw)
    k = total / s if s else 1.0
    return [max(floor, min(cap, int(x * k))) for x in raw]


def build_pools(g: Gen, per_kind: int = 2500) -> dict:
    pools = {}
    for kind, tmpls in T.items():
        lines = []
        for _ in range(per_kind):
            t = g.r.choice(tmpls)
            if kind == "env":
                t = t.replace("{W}", g.w().upper())
            lines.append(g.fill(t))
        avg = sum(len(x) + 1 for x in lines) / len(lines)
        pools[kind] = (lines, avg)
    return pools


def text_body(g: Gen, pools: dict, kind: str, size: int) -> list[str]:
    lines, avg = pools[kind]
    k = max(1, int(size / avg) + 1)
    out = g.r.choices(lines, k=k)
    if kind == "json":
        out = ["{"] + out[:-1] + ['  "end": true', "}"]
    return out


def make_tree_dirs(g: Gen, n_files: int) -> dict:
    """Directory pools by file kind."""
    r = g.r
    n_svc = max(4, min(len(SVC) * 3, n_files // 400))
    svcs = []
    for i in range(n_svc):
        name = SVC[i % len(SVC)] + ("" if i < len(SVC) else f"-{i // len(SVC) + 1}")
        lang = r.choice(["py", "py", "java", "go", "go", "rb", "php", "cs", "ts"])
        svcs.append((name, lang))
    n_pkgs = max(4, n_files // 300)
    pools: dict[str, list[str]] = {
        k: [] for k in ["py", "js", "ts", "java", "go", "rb", "php", "cs", "sh", "cfg", "md"]
    }
    roots = []

    def subdirs(base: str, depth_lo: int, depth_hi: int, count: int) -> list[str]:
        out = []
        for _ in range(count):
            d = base
            for _ in range(r.randint(depth_lo, depth_hi)):
                d += "/" + g.w()
            out.append(d)
        return out

    for name, lang in svcs:
        if lang == "java":
            base = f"services/{name}/src/main/java/com/acme/{name.replace('-', '')}"
        elif lang == "go":
            base = f"services/{name}/internal"
        elif lang == "rb":
            base = f"services/{name}/app"
        elif lang == "cs":
            base = f"services/{name}/src/Acme.{name.capitalize().replace('-', '')}"
        elif lang == "ts":
            base = f"services/{name}/src"
        else:
            base = f"services/{name}/{name.replace('-', '_')}"
        pools[lang] += subdirs(base, 0, 3, 12)
        roots.append(f"services/{name}")
        pools["sh"].append(f"services/{name}/bin")
    for i in range(n_pkgs):
        name = f"{g.w()}-{g.w()}" if i % 3 else g.w()
        kind = "ts" if r.random() < 0.6 else "js"
        base = f"packages/{name}"
        pools[kind] += subdirs(base + "/src", 0, 3, 5)
        roots.append(base)
    for k in ("py", "js", "ts", "java", "go", "rb", "php", "cs"):
        if not pools[k]:
            pools[k] = subdirs(f"libs/{k}", 1, 3, 8)
    pools["sh"] += subdirs("scripts", 0, 2, 10) + subdirs("tools", 0, 2, 6)
    pools["cfg"] = (
        roots
        + subdirs("config", 0, 2, 20)
        + subdirs("deploy/k8s", 1, 3, 30)
        + subdirs("infra/terraform", 1, 2, 10)
    )
    pools["md"] = roots + subdirs("docs", 0, 3, 40)
    return pools


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", help="directory to create (must not exist, or be an earlier corpus with --force)")
    ap.add_argument("--files", type=int, default=20000, help="total files outside .git (default 20000)")
    ap.add_argument(
        "--size-mb", type=float, default=200.0, help="total bytes outside .git, MB=10^6 (default 200)"
    )
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--jwt-frac", type=float, default=0.005, help="fraction of files with JWT markers")
    ap.add_argument("--s2s-frac", type=float, default=0.0025, help="fraction with OAuth S2S markers")
    ap.add_argument("--near-frac", type=float, default=0.005, help="fraction with near-miss negatives")
    ap.add_argument("--manifest", help="where to write the manifest (default: <path>.planted.json)")
    ap.add_argument("--no-git", action="store_true", help="do not run git init/add/commit")
    ap.add_argument("--force", action="store_true", help="replace an existing corpus made by this script")
    a = ap.parse_args(argv)

    t0 = time.monotonic()
    root = os.path.abspath(a.path)
    manifest_path = os.path.abspath(a.manifest or root.rstrip("/") + ".planted.json")
    if os.path.exists(root):
        if a.force and os.path.exists(os.path.join(root, STAMP)):
            shutil.rmtree(root)
        elif os.path.isdir(root) and not os.listdir(root):
            os.rmdir(root)
        else:
            sys.exit(f"{root} exists (use --force to replace a corpus made by this script)")
    if a.files < 200:
        sys.exit("--files must be at least 200")

    g = Gen(a.seed)
    r = g.r
    N = a.files
    total = int(a.size_mb * MB)

    # ---- budget -----------------------------------------------------------
    n_large = 4
    n_bin = max(4, int(N * 0.02))
    n_nm = int(N * 0.15)
    n_special = 4  # .gitignore, root README.md, root package.json, stamp
    n_text = N - n_large - n_bin - n_nm - n_special
    b_large = int(total * 0.17)
    b_bin = int(total * 0.06)
    b_nm = int(total * 0.12)
    b_text = total - b_large - b_bin - b_nm

    pools = build_pools(g)
    dirs = make_tree_dirs(g, N)

    files: dict[str, bytes] = {}  # relpath -> content (insertion order = generation order)
    kinds: dict[str, str] = {}
    planted: list[dict] = []

    def uniq(path: str) -> str:
        base, dot, ext = path.rpartition(".")
        if "/" in ext or not dot:
            base, ext = path, ""
        cand, i = path, 1
        while cand in files:
            i += 1
            cand = f"{base}_{i}.{ext}" if ext else f"{base}_{i}"
        return cand

    # ---- ordinary text files -----------------------------------------------
    ext_names = [e for e, _ in EXT_WEIGHTS]
    ext_w = [w for _, w in EXT_WEIGHTS]
    exts = r.choices(ext_names, weights=ext_w, k=n_text)
    sizes = lognormal_sizes(g, n_text, b_text, median=3000, sigma=1.1, cap=400_000)
    text_entries = []  # (path, ext, lines)
    for ext, size in zip(exts, sizes, strict=True):
        kind = EXT_KIND[ext]
        if kind in ("py", "js", "ts", "java", "go", "rb", "php", "cs", "sh", "md"):
            d = r.choice(dirs[kind])
        else:
            d = r.choice(dirs["cfg"])
        if ext == "env":
            name = r.choice([".env", ".env.example", ".env.sample", ".env.production", ".env.local"])
        elif ext == "md":
            name = r.choice(["README", "CHANGELOG", "notes", g.snake(), g.w()]) + ".md"
        elif ext in ("java", "cs"):
            name = g.pascal() + "." + ext
        elif ext == "properties":
            name = r.choice(["application", "application-" + g.w(), g.w()]) + ".properties"
        else:
            name = (
                (
                    g.snake()
                    if ext in ("py", "rb", "go", "sh", "yaml", "yml", "toml", "ini", "php")
                    else g.camel()
                )
                + "."
                + ext
            )
        path = uniq(f"{d}/{name}")
        files[path] = b""  # reserve
        text_entries.append([path, ext, text_body(g, pools, EXT_KIND[ext], size)])

    # ---- plant markers in ordinary text files --------------------------------
    n_jwt = max(1, round(N * a.jwt_frac))
    n_s2s = max(1, round(N * a.s2s_frac))
    n_near = max(1, round(N * a.near_frac))
    order = list(range(len(text_entries)))
    r.shuffle(order)
    picks = {
        "jwt": order[:n_jwt],
        "s2s": order[n_jwt : n_jwt + n_s2s],
        "near_miss": order[n_jwt + n_s2s : n_jwt + n_s2s + n_near],
    }
    planted_in: dict[int, tuple[str, str, list[str]]] = {}
    for fam, idxs in picks.items():
        for i in idxs:
            ext = text_entries[i][1]
            fn = {"jwt": jwt_snippet, "s2s": s2s_snippet, "near_miss": near_miss_snippet}[fam]
            variant, snippet = fn(g, ext)
            planted_in[i] = (fam, variant, snippet)

    def record(path: str, fam: str, variant: str, lines: list[str], first_line: int, **extra):
        for off, line in enumerate(lines):
            found = [lid for lid, lit, _f, _s in LITERALS if lit in line]
            if any(ms in line for ms in METASCOPES):
                found.append("metascope_name")
            if not found and fam != "near_miss":
                continue
            if fam == "near_miss" and not found and off > 0:
                continue
            rec = {
                "path": path,
                "line": first_line + off,
                "family": fam,
                "variant": variant,
                "markers": found,
            }
            rec.update(extra)
            planted.append(rec)

    def flags(path: str) -> dict:
        parts = path.split("/")
        hidden = any(p.startswith(".") for p in parts)
        base = parts[-1]
        ignored = base in (".env", ".env.local", STAMP) or base.endswith(".log") or "node_modules" in parts
        return {"hidden": hidden, "gitignored": ignored}

    for i, (path, ext, lines) in enumerate(text_entries):
        if i in planted_in:
            fam, variant, snippet = planted_in[i]
            lo = 1 if ext == "json" else 0
            hi = len(lines) - 1 if ext == "json" else len(lines)
            at = r.randint(lo, max(lo, hi))
            lines[at:at] = snippet
            record(path, fam, variant, snippet, at + 1, **flags(path))
        crlf = ext in ("cs", "ps1") and r.random() < 0.3
        data = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
        files[path] = data.encode("utf-8")
        kinds[path] = "text"

    # ---- root files --------------------------------------------------------
    files[".gitignore"] = GITIGNORE.encode()
    kinds[".gitignore"] = "text"
    files["README.md"] = (
        "# acme monorepo\n\n" + "\n".join(g.sentence() + "." for _ in range(40)) + "\n"
    ).encode()
    kinds["README.md"] = "text"
    root_pkg = [
        "{",
        '  "name": "acme-monorepo",',
        '  "private": true,',
        '  "workspaces": ["packages/*"],',
        '  "devDependencies": {',
        '    "typescript": "^5.4.0",',
        '    "eslint": "^9.0.0"',
        "  }",
        "}",
    ]
    files["package.json"] = ("\n".join(root_pkg) + "\n").encode()
    kinds["package.json"] = "text"
    files[STAMP] = (json.dumps({"seed": a.seed, "files": N, "size_mb": a.size_mb}) + "\n").encode()
    kinds[STAMP] = "text"

    # ---- large files ---------------------------------------------------------
    large_specs = [
        ("logs/app-2026-01-01.log", 0.35),
        ("static/vendor/app.bundle.min.js", 0.25),
        ("package-lock.json", 0.20),
        ("data/fixtures/events.ndjson", 0.20),
    ]
    for path, share in large_specs:
        size = max(2000, int(b_large * share))
        if path.endswith(".log"):
            pool = [
                f"2026-01-01T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}."
                f"{r.randint(0, 999):03d}Z {r.choice(['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'])} "
                f"[{r.choice(SVC)}] {r.choice(['GET', 'POST', 'PUT'])} /api/{g.w()}/{g.w()} "
                f"{r.choice([200, 200, 200, 201, 204, 400, 404, 500])} {r.randint(1, 900)}ms "
                f"req_id={g.hexs(16)} user={g.w()}-{r.randint(1, 9999)}"
                for _ in range(4000)
            ]
            k = size // 120 + 1
            lines = r.choices(pool, k=k)
            at = r.randint(k // 4, 3 * k // 4)
            v = ids(g)
            plant = [
                f"2026-01-01T12:00:00.000Z INFO [auth] POST https://ims-na1.adobelogin.com/ims/exchange/jwt "
                f"200 143ms client_id={v['client']} sub={v['ta']}"
            ]
            lines[at:at] = plant
            record(path, "jwt", "log-exchange-call", plant, at + 1, large=True, **flags(path))
            data = ("\n".join(lines) + "\n").encode()
        elif path.endswith(".min.js"):
            toks = [
                f"function {g.r.choice('abcdefghijklmnopqrstuvwxyz')}{r.randint(0, 99)}(e,t){{return e.{g.camel()}(t)}}"
                for _ in range(3000)
            ] + [f'var {g.r.choice("abcdefghijklmnopqrstuvwxyz")}="{g.sentence()}";' for _ in range(1000)]
            n_lines = 4
            per = size // n_lines
            lines = []
            for _ in range(n_lines):
                k = per // 55 + 1
                lines.append("".join(r.choices(toks, k=k)))
            v = ids(g)
            inj = (
                f'var Jw={{exchange:"https://ims-na1.adobelogin.com/ims/exchange/jwt",'
                f'pkg:"@adobe/jwt-auth",metaScopes:["{v["ms"]}"]}};'
            )
            mid = len(lines[1]) // 2
            lines[1] = lines[1][:mid] + inj + lines[1][mid:]
            record(path, "jwt", "minified-bundle", [inj], 2, large=True, column=mid + 1, **flags(path))
            lines.append("//# sourceMappingURL=app.bundle.min.js.map")
            data = ("\n".join(lines) + "\n").encode()
        elif path == "package-lock.json":
            parts = [
                '{\n  "name": "acme-monorepo",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {'
            ]
            cur = len(parts[0])
            planted_at = None
            line_no = 5
            i = 0
            while cur < size:
                name = f"{g.w()}-{g.w()}" if r.random() < 0.7 else f"@{g.w()}/{g.w()}"
                if planted_at is None and cur > size // 2:
                    name = "@adobe/jwt-auth"
                    planted_at = line_no + 1
                ver = f"{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 20)}"
                ent = (
                    f'    "node_modules/{name}": {{\n      "version": "{ver}",\n'
                    f'      "resolved": "https://registry.npmjs.org/{name}/-/{name.split("/")[-1]}-{ver}.tgz",\n'
                    f'      "integrity": "sha512-{g.b64(64)}",\n      "dev": {str(r.random() < 0.4).lower()}\n    }},'
                )
                parts.append(ent)
                cur += len(ent) + 1
                line_no += 6
                i += 1
            parts.append('    "": {}\n  }\n}')
            data = ("\n".join(parts) + "\n").encode()
            lock_lines = data.decode().split("\n")[planted_at - 1 : planted_at + 2]
            record(path, "jwt", "lockfile-dep", lock_lines, planted_at, large=True, **flags(path))
        else:
            pool = [
                json.dumps(
                    {
                        "ts": 1767225600 + r.randint(0, 86400),
                        "type": f"{g.w()}.{g.w()}",
                        "id": g.hexs(24),
                        "attrs": {g.w(): g.w(), g.w(): r.randint(0, 999), "note": g.sentence()},
                    }
                )
                for _ in range(3000)
            ]
            k = size // 160 + 1
            lines = r.choices(pool, k=k)
            data = ("\n".join(lines) + "\n").encode()
        files[path] = data
        kinds[path] = "large"

    # ---- binary files ---------------------------------------------------------
    bsizes = lognormal_sizes(g, n_bin, b_bin, median=20000, sigma=1.3, cap=3_000_000, floor=200)
    png_sig = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    zip_planted = False
    for size in bsizes:
        kind = r.choices(["png", "jpg", "jar", "zip", "woff2"], weights=[45, 15, 20, 10, 10])[0]
        if kind in ("png", "jpg", "woff2"):
            d = r.choice(dirs["md"] + dirs["ts"] + ["assets/img", "static/img", "docs/img"])
            path = uniq(f"{d}/{g.snake()}.{kind}")
            head = (
                png_sig
                if kind == "png"
                else (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" if kind == "jpg" else b"wOF2\x00\x01\x00\x00")
            )
            files[path] = head + r.randbytes(max(0, size - len(head)))
        else:
            d = r.choice(["lib", "tools/lib", "services/" + r.choice(SVC) + "/lib", "vendor/jars"])
            path = uniq(f"{d}/{g.w()}-{g.w()}-{r.randint(1, 9)}.{r.randint(0, 20)}.{kind}")
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
                z.writestr(
                    zipfile.ZipInfo("META-INF/MANIFEST.MF", (2026, 1, 1, 0, 0, 0)),
                    "Manifest-Version: 1.0\nCreated-By: bench\n",
                )
                zi = zipfile.ZipInfo(f"com/acme/{g.w()}/{g.pascal()}.class", (2026, 1, 1, 0, 0, 0))
                z.writestr(zi, b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + r.randbytes(max(0, size - 300)))
                if not zip_planted:
                    zi = zipfile.ZipInfo("config/adobe.properties", (2026, 1, 1, 0, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    v = ids(g)
                    z.writestr(
                        zi,
                        "adobe.ims.endpoint=https://ims-na1.adobelogin.com/ims/exchange/jwt\n"
                        f"adobe.ims.technical_account_id={v['ta']}\n",
                    )
            files[path] = buf.getvalue()
            if not zip_planted:
                zip_planted = True
                planted.append(
                    {
                        "path": path,
                        "line": None,
                        "family": "jwt",
                        "variant": "inside-jar-deflated",
                        "markers": ["ims_exchange_jwt", "technical_account_id", "techacct_email"],
                        "archive_member": "config/adobe.properties",
                        "text_visible": False,
                        **flags(path),
                    }
                )
        kinds[path] = "binary"

    # ---- node_modules (git-ignored) -------------------------------------------
    # the real-looking @adobe/jwt-auth package first
    nm_sizes = lognormal_sizes(g, n_nm, b_nm, median=2500, sigma=1.2, cap=300_000)
    si = iter(nm_sizes)
    jwt_pkg = [
        (
            "node_modules/@adobe/jwt-auth/package.json",
            [
                "{",
                '  "name": "@adobe/jwt-auth",',
                '  "version": "2.0.1",',
                '  "description": "Retrieve an Adobe bearer token via the JWT path",',
                '  "main": "index.js"',
                "}",
            ],
        ),
        (
            "node_modules/@adobe/jwt-auth/index.js",
            [
                "'use strict';",
                "const jwt = require('jsonwebtoken');",
                "const { ims = 'https://ims-na1.adobelogin.com', metaScopes, technicalAccountId, orgId } = config;",
                "const jwtPayload = { exp: Math.round(300 + Date.now() / 1000), iss: orgId, sub: technicalAccountId,",
                "  aud: `${ims}/c/${clientId}` };",
                "const postOptions = { method: 'POST', body: form };",
                "return fetch(`${ims}/ims/exchange/jwt`, postOptions);",
            ],
        ),
    ]
    for path, lines in jwt_pkg:
        files[path] = ("\n".join(lines) + "\n").encode()
        kinds[path] = "node_modules"
        record(path, "jwt", "node_modules-jwt-auth", lines, 1, **flags(path))
        next(si)
    n_pk = max(1, (n_nm - 2) // 8)
    pkgs = []
    for _ in range(n_pk):
        name = g.w() + ("-" + g.w() if r.random() < 0.5 else "")
        if r.random() < 0.15:
            name = f"@{g.w()}/{name}"
        if r.random() < 0.1 and pkgs:
            name = f"{r.choice(pkgs)}/node_modules/{name}"
        pkgs.append(name)
    made = 2
    pi = 0
    while made < n_nm:
        pkg = pkgs[pi % len(pkgs)]
        pi += 1
        within = r.choice(
            [
                "package.json",
                "index.js",
                "README.md",
                "LICENSE",
                "lib/" + g.camel() + ".js",
                "lib/" + g.camel() + ".js",
                "dist/" + g.w() + ".min.js",
                "types/index.d.ts",
            ]
        )
        path = uniq(f"node_modules/{pkg}/{within}")
        size = next(si)
        if within.endswith(".json"):
            body = text_body(g, pools, "json", size)
        elif within.endswith(".md") or within == "LICENSE":
            body = text_body(g, pools, "md", size)
        elif within.endswith(".d.ts"):
            body = text_body(g, pools, "ts", size)
        else:
            body = text_body(g, pools, "js", size)
        files[path] = ("\n".join(body) + "\n").encode()
        kinds[path] = "node_modules"
        made += 1

    # ---- UTF-16 file (Windows export) with a marker ------------------------------
    # replaces one ordinary config file so the count stays N
    victims = [
        p
        for p, k in kinds.items()
        if k == "text" and p.endswith(".json") and not any(rec["path"] == p for rec in planted)
    ]
    if victims:
        old = victims[r.randrange(len(victims))]
        del files[old]
        del kinds[old]
        path = uniq(old.rsplit("/", 1)[0] + "/adobe-integration.utf16.json")
        v = ids(g)
        lines = [
            "{",
            f'  "technicalAccountId": "{v["ta"]}",',
            f'  "orgId": "{v["org"]}",',
            '  "imsExchange": "https://ims-na1.adobelogin.com/ims/exchange/jwt"',
            "}",
        ]
        files[path] = b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le")
        kinds[path] = "text"
        record(path, "jwt", "utf16le-bom-json", lines, 1, encoding="utf-16-le", **flags(path))

    # ---- write -----------------------------------------------------------------
    os.makedirs(root)
    made_dirs = set()
    n_bytes = 0
    for path, data in files.items():
        full = os.path.join(root, path)
        d = os.path.dirname(full)
        if d not in made_dirs:
            os.makedirs(d, exist_ok=True)
            made_dirs.add(d)
        with open(full, "wb") as fh:
            fh.write(data)
        n_bytes += len(data)

    # ---- git ---------------------------------------------------------------------
    commit = None
    if not a.no_git:
        env = dict(
            os.environ,
            GIT_AUTHOR_NAME="bench",
            GIT_AUTHOR_EMAIL="bench@example.invalid",
            GIT_COMMITTER_NAME="bench",
            GIT_COMMITTER_EMAIL="bench@example.invalid",
            GIT_AUTHOR_DATE="2026-01-01T00:00:00+0000",
            GIT_COMMITTER_DATE="2026-01-01T00:00:00+0000",
        )
        git = [
            "git",
            "-c",
            "init.defaultBranch=main",
            "-c",
            "core.autocrlf=false",
            "-c",
            "gc.auto=0",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "core.fsmonitor=false",
        ]
        subprocess.run(git + ["init", "-q"], cwd=root, check=True, env=env)
        subprocess.run(git + ["add", "-A"], cwd=root, check=True, env=env)
        subprocess.run(
            git + ["commit", "-q", "--no-verify", "-m", f"synthetic corpus seed={a.seed}"],
            cwd=root,
            check=True,
            env=env,
        )
        commit = subprocess.run(
            git + ["rev-parse", "HEAD"], cwd=root, check=True, env=env, capture_output=True, text=True
        ).stdout.strip()

    # ---- manifest + summary ------------------------------------------------------------
    by_kind: dict[str, list[int]] = {}
    for p, k in kinds.items():
        e = by_kind.setdefault(k, [0, 0])
        e[0] += 1
        e[1] += len(files[p])
    ignored = [p for p in files if flags(p)["gitignored"]]
    fam_files: dict[str, set] = {}
    for rec in planted:
        fam_files.setdefault(rec["family"], set()).add(rec["path"])
    summary = {
        "root": root,
        "seed": a.seed,
        "files": len(files),
        "bytes": n_bytes,
        "mb": round(n_bytes / MB, 1),
        "by_kind": {k: {"files": v[0], "bytes": v[1]} for k, v in by_kind.items()},
        "gitignored_files": len(ignored),
        "gitignored_bytes": sum(len(files[p]) for p in ignored),
        "git_commit": commit,
        "planted_files": {k: len(v) for k, v in sorted(fam_files.items())},
        "planted_lines": {k: sum(1 for x in planted if x["family"] == k) for k in sorted(fam_files)},
        "planted_marker_occurrences": sum(len(x["markers"]) for x in planted),
        "seconds": round(time.monotonic() - t0, 1),
    }
    lits = [{"id": i, "literal": lit, "family": f, "strength": s} for i, lit, f, s in LITERALS]
    lits.append(
        {"id": "metascope_name", "literal": "|".join(METASCOPES), "family": "jwt", "strength": "medium"}
    )
    manifest = {"summary": summary, "literals": lits, "planted": planted}
    with open(manifest_path, "w") as fh:
        json.dump(manifest, fh, indent=1)
        fh.write("\n")
    print(f"corpus: {root}")
    print(
        f"files: {summary['files']}  bytes: {n_bytes} ({summary['mb']} MB)  "
        f"gitignored: {summary['gitignored_files']} files / {summary['gitignored_bytes'] / MB:.1f} MB"
    )
    for k, v in summary["by_kind"].items():
        print(f"  {k:13s} {v['files']:7d} files {v['bytes'] / MB:9.1f} MB")
    print(
        "planted files:",
        ", ".join(f"{k}={v}" for k, v in summary["planted_files"].items()),
        "| lines:",
        ", ".join(f"{k}={v}" for k, v in summary["planted_lines"].items()),
        "| marker occurrences:",
        summary["planted_marker_occurrences"],
    )
    print(f"git commit: {commit}")
    print(f"manifest: {manifest_path}")
    print(f"took {summary['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
