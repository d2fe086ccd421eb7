#!/usr/bin/env python3
"""Export recipients changed in the last N days from Campaign Classic (xtk:queryDef)."""
import os
import subprocess
import sys
from xml.etree import ElementTree as ET

import requests

ENDPOINT = os.environ["ACC_ENDPOINT"]


def logon():
    out = subprocess.run(["bash", os.path.join(os.path.dirname(__file__), "soap-logon.sh")],
                         check=True, capture_output=True, text=True).stdout
    return dict(line.split("=", 1) for line in out.strip().splitlines())


def query(tokens, days):
    body = f"""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:xtk:queryDef">
  <soapenv:Body><urn:ExecuteQuery><urn:sessiontoken>{tokens['ACC_SESSION_TOKEN']}</urn:sessiontoken>
    <urn:entity><queryDef schema="nms:recipient" operation="select" lineCount="10000">
      <select><node expr="@email"/><node expr="@blackListEmail"/><node expr="@lastModified"/></select>
      <where><condition expr="@lastModified &gt;= SubDays(GetDate(), {int(days)})"/></where>
    </queryDef></urn:entity></urn:ExecuteQuery></soapenv:Body></soapenv:Envelope>"""
    r = requests.post(ENDPOINT, data=body.encode(), headers={
        "Content-Type": "text/xml; charset=utf-8",
        "SOAPAction": "xtk:queryDef#ExecuteQuery",
        "X-Security-Token": tokens["ACC_SECURITY_TOKEN"],
        "Cookie": f"__sessiontoken={tokens['ACC_SESSION_TOKEN']}",
    }, timeout=120)
    r.raise_for_status()
    return ET.fromstring(r.content).iter("recipient")


if __name__ == "__main__":
    t = logon()
    print("email,blackListEmail,lastModified")
    for rec in query(t, sys.argv[1] if len(sys.argv) > 1 else 7):
        print(f"{rec.get('email')},{rec.get('blackListEmail')},{rec.get('lastModified')}")
