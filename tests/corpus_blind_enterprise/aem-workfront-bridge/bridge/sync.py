"""Copy approved Workfront proofs into AEM Assets and announce them."""
import os

import requests

from .aem_token import aem_access_token
from .notify import post_to_channel
from .workfront_auth import workfront_token


def run() -> None:
    wf = f"https://{os.environ['WORKFRONT_DOMAIN']}.my.workfront.com/attask/api/v15.0"
    docs = requests.get(f"{wf}/document/search", params={"description": "APPROVED_FOR_AEM"},
                        headers={"Authorization": f"Bearer {workfront_token()}"}, timeout=60).json()["data"]
    for doc in docs:
        content = requests.get(f"{wf}/document/{doc['ID']}/download",
                               headers={"Authorization": f"Bearer {workfront_token()}"}, timeout=120).content
        requests.post(
            f"{os.environ['AEM_HOST']}/content/dam/acme/workfront.createasset.html",
            headers={"Authorization": f"Bearer {aem_access_token()}"},
            files={"file": (doc["name"], content)},
            timeout=120,
        ).raise_for_status()
    if docs:
        post_to_channel(os.environ["TEAMS_TEAM_ID"], os.environ["TEAMS_CHANNEL_ID"], f"{len(docs)} Workfront assets published to AEM")


if __name__ == "__main__":
    run()
