"""stock-license command line."""
from __future__ import annotations

import click
import requests
from dotenv import load_dotenv

from .constants import LICENSE_TYPES
from .dropbox_upload import dropbox_access_token, upload
from .ims import TokenProvider
from .licensing import StockClient
from .settings import Settings


def _client() -> tuple[StockClient, Settings]:
    load_dotenv()
    settings = Settings.from_env()
    return StockClient(TokenProvider(settings), settings.client_id), settings


@click.group()
def main() -> None:
    """Search and license Adobe Stock assets."""


@main.command()
@click.argument("words")
@click.option("--limit", default=20, show_default=True)
def search(words: str, limit: int) -> None:
    client, _ = _client()
    for item in client.search(words, limit):
        flag = "*" if item.get("is_licensed") else " "
        click.echo(f"{flag} {item['id']:>12}  {item['title']}")


@main.command(name="license")
@click.argument("content_id", type=int)
@click.option("--license", "license_type", type=click.Choice(LICENSE_TYPES), default="Standard")
@click.option("--deliver", default=None, help="Dropbox folder to copy the licensed file to")
def license_cmd(content_id: int, license_type: str, deliver: str | None) -> None:
    client, settings = _client()
    url = client.download_url(content_id, license_type)
    click.echo(f"licensed {content_id} ({license_type})")
    if deliver:
        blob = requests.get(url, timeout=300).content
        token = dropbox_access_token(settings.dropbox_app_key, settings.dropbox_app_secret,
                                     settings.dropbox_refresh_token)
        meta = upload(token, f"{deliver.rstrip('/')}/AdobeStock_{content_id}.jpeg", blob)
        click.echo(f"delivered to {meta['path_display']}")


if __name__ == "__main__":
    main()
