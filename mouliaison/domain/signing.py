"""Signing a workbook, and checking a signature (Ed25519, the `cryptography` package).

Pure functions over keys and texts; where they sit in a workbook is workbook_format's.

What is signed is not the file's bytes but its content hash (workbook_format: a SHA-256 over
the text of the hidden sheets: every version, the exported value of every visible row, and
the metadata, which names the office, its key and its history's head). Every hidden cell is
text, so a spreadsheet program re-saving the file without changes keeps the hash, and the
signature still verifies; a visible cell a person changed differs from its signed base and is
read as a hand edit, never as the office's own change.

The signature itself is on a sheet of its own, outside the hash (an older release sees an
unknown hidden sheet and reads the file as before).

Key records (rotation, revocation, headquarters' approved keys) are signed bodies that travel
inside the metadata; each is checked against the keys the importer trusts (sync/trust.py).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from mouliaison.domain.versions import canonical_json

_FILE_CONTEXT = b"mouliaison workbook signature 1\x00"
_RECORD_CONTEXT = b"mouliaison key record 1\x00"

ROTATION = "rotation"
REVOCATION = "revocation"
APPROVAL = "approval"
HISTORY = "history"  # an office's own history head, signed on its own so that a coordinator can relay it
RECORD_KINDS = (ROTATION, REVOCATION, APPROVAL, HISTORY)


class BadKey(ValueError):
    """Bytes that are not an Ed25519 key or signature."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise BadKey(f"'{text[:20]}' is not base64") from None


def fingerprint(public_key: str) -> str:
    """SHA-256 of the raw public key, in hex: what a person compares (shown grouped, see `shown`)."""
    return hashlib.sha256(unb64(public_key)).hexdigest()


def shown(fp: str) -> str:
    """A fingerprint as people read it aloud: its first 32 hex digits in groups of four."""
    head = fp[:32].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def new_private_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_of(private: bytes) -> str:
    key = Ed25519PrivateKey.from_private_bytes(private)
    return b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def _public(public_key: str) -> Ed25519PublicKey:
    raw = unb64(public_key)
    if len(raw) != 32:
        raise BadKey("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def _verify(public_key: str, signature: str, message: bytes) -> bool:
    try:
        _public(public_key).verify(unb64(signature), message)
    except (InvalidSignature, BadKey, ValueError):
        return False
    return True


def sign_content(private: bytes, content_sha256: str) -> str:
    return b64(Ed25519PrivateKey.from_private_bytes(private).sign(_FILE_CONTEXT + content_sha256.encode()))


def content_verifies(public_key: str, signature: str, content_sha256: str) -> bool:
    return _verify(public_key, signature, _FILE_CONTEXT + content_sha256.encode())


@dataclass(frozen=True)
class SignedRecord:
    """A key record: its body (canonical JSON), who signed it, the signature."""

    body: str
    signer: str  # fingerprint
    signature: str

    @property
    def id(self) -> str:
        return hashlib.sha256(self.body.encode()).hexdigest()

    def fields(self) -> dict[str, Any]:
        value = json.loads(self.body)
        return value if isinstance(value, dict) else {}

    def verifies(self, public_key: str) -> bool:
        return fingerprint(public_key) == self.signer and _verify(public_key, self.signature,
                                                                   _RECORD_CONTEXT + self.body.encode())

    def to_json(self) -> dict[str, str]:
        return {"body": self.body, "signer": self.signer, "signature": self.signature}


def sign_record(private: bytes, body: dict[str, Any]) -> SignedRecord:
    text = canonical_json(body)
    key = Ed25519PrivateKey.from_private_bytes(private)
    return SignedRecord(text, fingerprint(public_of(private)), b64(key.sign(_RECORD_CONTEXT + text.encode())))


def records_from_meta(text: str) -> list[SignedRecord] | None:
    """The key records a file carries (None: the row is not what an exporter writes)."""
    if not text:
        return []
    try:
        items = json.loads(text)
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    found = []
    for item in items:
        if not (isinstance(item, dict) and all(isinstance(item.get(k), str) for k in ("body", "signer", "signature"))):
            return None
        found.append(SignedRecord(item["body"], item["signer"], item["signature"]))
    return found


def records_to_meta(records: list[SignedRecord]) -> str:
    return canonical_json([r.to_json() for r in sorted(records, key=lambda r: r.id)])
