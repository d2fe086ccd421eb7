"""aarep command line."""
import datetime

import aanalytics2 as api2
import click
import requests
import yaml

from . import auth, settings, snowflake_loader


@click.group()
def cli():
    """Scheduled Adobe Analytics reports."""


@cli.command("init-config")
@click.argument("destination", default="config/aa_config.json")
def init_config(destination):
    """Write an aanalytics2 config template (OAuth Server-to-Server)."""
    api2.createConfigFile(destination=destination, auth_type="oauthV2")
    click.echo(f"wrote {destination}; fill org_id, client_id, secret, scopes")


@cli.command("run")
@click.option("--report", "name", required=True)
def run(name):
    """Run a report definition from config/reports.yaml and load it into Snowflake."""
    with open(settings.REPORTS_FILE) as fh:
        spec = yaml.safe_load(fh)[name]
    api2.importConfigFile(settings.AA_CONFIG_FILE)
    login = api2.Login()
    ags = api2.Analytics(login.getCompanyId()[0]["globalCompanyId"])
    end = datetime.date.today()
    start = end - datetime.timedelta(days=spec.get("days", 7))
    req = api2.RequestCreator()
    req.setRSID(spec["rsid"])
    req.setDimension(spec["dimension"])
    for m in spec["metrics"]:
        req.addMetric(m)
    req.setDateRange(f"{start}T00:00:00.000", f"{end}T00:00:00.000")
    df = ags.getReport2(req.to_dict()).dataframe
    n = snowflake_loader.load(df, spec["table"])
    click.echo(f"{name}: {n} rows")


@cli.command("annotate")
@click.option("--date", "day", required=True)
@click.option("--text", required=True)
@click.option("--rsid", default="examplecorpprod")
def annotate(day, text, rsid):
    """Create an Analytics annotation (plain REST, token from aarep.auth)."""
    body = {
        "name": text[:60],
        "description": text,
        "dateRange": f"{day}T00:00:00.000/{day}T23:59:59.999",
        "color": "STANDARD1",
        "scope": {"metrics": [], "filters": []},
        "reportSuites": [rsid],
    }
    r = requests.post(f"https://analytics.adobe.io/api/{settings.AA_COMPANY_ID}/annotations",
                      headers=auth.headers(), json=body, timeout=30)
    r.raise_for_status()
    click.echo(r.json()["id"])
