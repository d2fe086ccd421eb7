#!/usr/bin/env python
"""Quick connectivity check for the UMAPI integration (run from C:\\UserSync\\tools).

Uses the unencrypted copy of the key on the admin jump host only.
"""
from __future__ import print_function

import sys

import umapi_client
import yaml

CONFIG = "../connector-umapi.yml"


def main():
    with open(CONFIG) as fh:
        cfg = yaml.safe_load(fh)
    ent = dict(cfg["enterprise"])
    ent["client_secret"] = sys.argv[1]
    ent["priv_key_path"] = sys.argv[2] if len(sys.argv) > 2 else ent["priv_key_path"]
    ent.pop("secure_client_secret_key", None)
    ent.pop("secure_priv_key_pass_key", None)

    conn = umapi_client.Connection(org_id=ent.pop("org_id"), auth_dict=ent)
    users = umapi_client.UsersQuery(conn)
    for i, user in enumerate(users):
        print(user["email"], user.get("groups", []))
        if i >= 9:
            break
    print("UMAPI OK")


if __name__ == "__main__":
    main()
