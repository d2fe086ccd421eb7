"""Quick connectivity check for the UMAPI integration used by User Sync."""
import sys

import umapi_client
import yaml

with open("connector-umapi.yml", encoding="utf-8") as fh:
    cfg = yaml.safe_load(fh)

ent = cfg["enterprise"]
conn = umapi_client.Connection(
    org_id=ent["org_id"],
    auth_dict={
        "org_id": ent["org_id"],
        "tech_acct_id": ent["tech_acct_id"],
        "api_key": ent["client_id"],
        "client_secret": ent["client_secret"],
        "private_key_file": ent["priv_key_path"],
    },
    ims_endpoint_jwt="/ims/exchange/jwt/",
    test_mode=True,
)

users = list(umapi_client.UsersQuery(conn))
print(f"{len(users)} users visible to the integration")
sys.exit(0 if users else 1)
