"""Batch ingestion into Adobe Experience Platform."""
__version__ = "1.4.2"
