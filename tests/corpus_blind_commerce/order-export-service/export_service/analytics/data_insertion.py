"""Adobe Analytics Data Insertion API (XML, no IMS token needed).

Used for offline/marketplace orders that never hit the web SDK.
"""
from __future__ import annotations

from lxml import etree
import requests

from export_service import settings


def order_to_xml(order: dict) -> bytes:
    e = settings.export()
    req = etree.Element("request")
    etree.SubElement(req, "reportSuiteID").text = e.analytics_report_suite
    etree.SubElement(req, "visitorID").text = order["visitor_id"]
    etree.SubElement(req, "pageName").text = "order confirmation (offline)"
    etree.SubElement(req, "events").text = "purchase"
    etree.SubElement(req, "purchaseID").text = order["increment_id"]
    etree.SubElement(req, "products").text = ",".join(
        f";{i['sku']};{i['qty']};{i['row_total']:.2f}" for i in order["items"]
    )
    etree.SubElement(req, "timestamp").text = order["created_at"]
    return etree.tostring(req, xml_declaration=True, encoding="UTF-8")


def send(order: dict) -> None:
    e = settings.export()
    resp = requests.post(
        f"https://{e.analytics_tracking_server}/b/ss//6",
        data=order_to_xml(order),
        headers={"Content-Type": "application/xml"},
        timeout=20,
    )
    resp.raise_for_status()
    if b"<status>SUCCESS</status>" not in resp.content:
        raise RuntimeError(f"Data Insertion rejected order {order['increment_id']}: {resp.text[:300]}")
