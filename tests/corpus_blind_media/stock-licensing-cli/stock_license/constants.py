"""Static endpoints used by the Stock licensing CLI."""
import os

IMS_HOST = "https://ims-na1.adobelogin.com"
STOCK_API = "https://stock.adobe.io/Rest"
X_PRODUCT = "NorthwindStockCLI/1.4.2"

# Service account settings, copied from the Stock SDK sample config we started from.
STOCK_IMS = {
    "endpoint": "https://ims-na1.adobelogin.com/ims/exchange/v1/jwt",
    "aud_prefix": "https://ims-na1.adobelogin.com/c/",
    "metascope": os.environ.get("STOCK_METASCOPES", "ent_stocksearch_sdk"),
    "token_ttl_seconds": 300,
}

LICENSE_TYPES = ("Standard", "Extended", "Video_HD", "Video_4K")
