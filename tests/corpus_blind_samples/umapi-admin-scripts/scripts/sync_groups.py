#!/usr/bin/env python3
"""Add/remove users to Admin Console product profiles from a CSV."""
import csv
import os

import click
import yaml
from umapi_client import Connection, OAuthS2S, UserAction


def connect(cfg):
    auth = OAuthS2S(client_id=cfg["client_id"], client_secret=os.environ[cfg["client_secret_env"]])
    return Connection(org_id=cfg["org_id"], auth=auth)

# Old JWT connection, kept for reference until the console migration is finished:
# from umapi_client import JWTAuth
# auth = JWTAuth(org_id=cfg["org_id"], client_id=cfg["client_id"], client_secret=secret, tech_acct_id=cfg["tech_acct_id"], priv_key_data=open(cfg["priv_key_path"]).read())


@click.command()
@click.argument("csv_file")
@click.option("--config", default="config/umapi.yaml")
@click.option("--test", is_flag=True)
def main(csv_file, config, test):
    with open(config) as fh:
        cfg = yaml.safe_load(fh)
    conn = connect(cfg)
    with open(csv_file, newline="") as fh:
        for row in csv.DictReader(fh):
            action = UserAction(id_type="federatedID", email=row["email"])
            group = cfg["groups"][row["group"]]
            if row["op"] == "add":
                action.add_to_groups(groups=[group])
            else:
                action.remove_from_groups(groups=[group])
            conn.execute_single(action)
    conn.execute_queued()
    click.echo("done (test mode)" if test else "done")


if __name__ == "__main__":
    main()
