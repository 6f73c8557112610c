"""Pseudonyms for people whose data may not go to a recipient: stable for that recipient,
different for every other, and impossible to reverse without the exporting database's key
(an HMAC-SHA256 keyed by a secret that never leaves that database)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

KEY_BYTES = 32


def new_key() -> str:
    return secrets.token_hex(KEY_BYTES)


def pseudonym(key: str, recipient: str, record_id: str) -> str:
    digest = hmac.new(bytes.fromhex(key), f"{recipient}\x1f{record_id}".encode(), hashlib.sha256).digest()
    return "Person " + base64.b32encode(digest[:8]).decode().rstrip("=")[:10]
