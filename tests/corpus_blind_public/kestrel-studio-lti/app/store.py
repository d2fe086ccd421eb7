"""Encrypted refresh-token store (SQLite, Fernet)."""
import os
import sqlite3

from cryptography.fernet import Fernet

_DB = os.environ.get("STUDIO_DB", "studio.db")
_F = Fernet(os.environ["STUDIO_TOKEN_KEY"])


def _conn():
    c = sqlite3.connect(_DB)
    c.execute("create table if not exists adobe_tokens (user_id text primary key, token blob)")
    return c


def save_refresh_token(user_id, token):
    with _conn() as c:
        c.execute("insert or replace into adobe_tokens values (?, ?)", (user_id, _F.encrypt(token.encode())))


def load_refresh_token(user_id):
    with _conn() as c:
        row = c.execute("select token from adobe_tokens where user_id = ?", (user_id,)).fetchone()
    return _F.decrypt(row[0]).decode() if row else None
