"""Record and version ids: UUIDv7 (time-ordered) and UUIDv5 (derived from content)."""

from __future__ import annotations

import hashlib
import os
import re
import time
import uuid

# Namespace of every id this app derives from content (embedded records, hand edits...).
NAMESPACE = uuid.UUID("6f1c2a4e-8d7b-4c1e-9a35-0b7e4d2f5a10")
_NAMESPACE_BYTES = NAMESPACE.bytes


def uuid7(now_ms: int | None = None) -> str:
    """A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a: 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b: 62 bits
    return str(uuid.UUID(int=value))


def derived(*parts: str) -> str:
    """A UUID version 5 of the parts: the same parts give the same id at every office.

    What str(uuid.uuid5(NAMESPACE, ...)) gives, without its UUID object (an import of 100,000
    rows derives 200,000 ids): SHA-1 of the namespace and the name in hexadecimal, its version
    digit made 5 and its variant digit's two high bits 10 (RFC 4122)."""
    h = hashlib.sha1(_NAMESPACE_BYTES + "\x1f".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


# a hexadecimal digit with its two high bits made 10: 0-3 -> 8-b, 4-7 -> 8-b, ...
_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def is_uuid(text: str) -> bool:
    """A UUID in its canonical 36-character form (either case), as uuid.UUID would print it."""
    return isinstance(text, str) and len(text) == 36 and _CANONICAL.fullmatch(text) is not None
