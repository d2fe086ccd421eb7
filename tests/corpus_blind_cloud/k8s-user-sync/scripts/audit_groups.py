"""List Adobe user groups and their member counts (read-only)."""
import os

import umapi_client
import yaml

with open(os.environ.get("UMAPI_CONFIG", "/tmp/ust/connector-umapi.yml")) as fh:
    cfg = yaml.safe_load(fh)["enterprise"]

conn = umapi_client.Connection(
    org_id=cfg["org_id"],
    auth_dict={
        "org_id": cfg["org_id"],
        "api_key": cfg["client_id"],
        "client_secret": os.environ["UMAPI_CLIENT_SECRET"],
        "tech_acct_id": cfg["tech_acct_id"],
        "private_key_file": cfg["priv_key_path"],
    },
)

for group in umapi_client.GroupsQuery(conn):
    print(f"{group['groupName']:<50} {group.get('memberCount', 0):>6}")
