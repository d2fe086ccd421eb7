"""Write config/aa_config.json for aanalytics2 from pipeline variables."""
import json
import os

cfg = {
    "org_id": os.environ["ADOBE_ORG_ID"],
    "client_id": os.environ["ADOBE_CLIENT_ID"],
    "secret": os.environ["ADOBE_CLIENT_SECRET"],
    "scopes": os.environ["ADOBE_SCOPES"],
}
with open("config/aa_config.json", "w") as fh:
    json.dump(cfg, fh)
