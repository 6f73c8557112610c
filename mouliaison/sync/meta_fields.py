"""Every field of a workbook's `_meta` sheet, checked to be of its kind before anything relies on it.

The content hash proves nothing about a file whose hash was made again after an edit (the
signature does, for a signed file): each field is checked here, and a wrong one refuses the
file with its name, never a traceback further on.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from mouliaison.domain.ids import is_uuid
from mouliaison.sync import workbook_format as fmt

_STAMP = re.compile(r"\d{1,19}")
_FORMAT = re.compile(r"\d{1,4}\.\d{1,4}")
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,39}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
TEXT_LIMIT = 2_000  # an office's name, a recipient's: far longer is not what an exporter writes
REQUIRED = ("format_version", "file_id", "site_id", "export_stamp", "export_wall_time", "recipient")


def wrong_fields(meta: dict[str, str]) -> list[str]:
    """The names of the fields that are missing or not what an exporter writes."""
    wrong = [key for key in REQUIRED if key not in meta]
    checks = {
        "format_version": lambda v: bool(_FORMAT.fullmatch(v)),
        "file_id": is_uuid,
        "site_id": is_uuid,
        "export_stamp": lambda v: bool(_STAMP.fullmatch(v)) and int(v) < 1 << 63,
        "export_wall_time": _iso_time,
        "scope_types": lambda v: all(_NAME.fullmatch(t) for t in v.split(",")) if v else True,
        "scope_since": lambda v: not v or _iso_time(v),
        "recipient": lambda v: 0 < len(v) <= TEXT_LIMIT,
        "confidential": lambda v: v in ("yes", "no"),
        "row_counts": _counts,
        "version_count": lambda v: v.isdigit() and len(v) < 19,
        "sites": _sites_sound,
        "office_name": lambda v: len(v) <= TEXT_LIMIT,
        "office_party": lambda v: len(v) <= TEXT_LIMIT,
        "office_id": lambda v: not v or is_uuid(v),
        "schema_version": lambda v: len(v) <= 40,
        "app_version": lambda v: len(v) <= 40,
        fmt.HISTORY_LENGTH_ROW: lambda v: v.isdigit() and len(v) < 19,
        fmt.HISTORY_HEAD_ROW: lambda v: bool(_HEX64.fullmatch(v)),
        fmt.FINGERPRINT_ROW: lambda v: bool(_HEX64.fullmatch(v)),
    }
    for key, sound in checks.items():
        if key in meta and key not in wrong and not sound(meta[key]):
            wrong.append(key)
    if (fmt.HISTORY_LENGTH_ROW in meta) != (fmt.HISTORY_HEAD_ROW in meta):
        wrong.append(fmt.HISTORY_HEAD_ROW if fmt.HISTORY_LENGTH_ROW in meta else fmt.HISTORY_LENGTH_ROW)
    return wrong


def _iso_time(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _counts(text: str) -> bool:
    try:
        counts = json.loads(text)
    except ValueError:
        return False
    return isinstance(counts, dict) and all(isinstance(k, str) and type(v) is int and v >= 0 for k, v in counts.items())


def _sites_sound(text: str) -> bool:
    """The offices the file names: {site id: {"office": text, "party": text...}} (found by the fault suite:
    any other JSON there stopped the import with a traceback)."""
    try:
        sites = json.loads(text)
    except ValueError:
        return False
    return isinstance(sites, dict) and all(
        is_uuid(site) and isinstance(info, dict) and all(isinstance(info.get(k, ""), str | None)
                                                         for k in ("office", "party"))
        for site, info in sites.items())
