"""Nightly Adobe Analytics digest."""
__version__ = "1.7.2"
