"""The liaison workbook format (SYNC.md, "The workbook"): names, layout, limits, hashing.

Visible sheets, one per record type:
  row 1  field keys (hidden): `_id`, `_version`, `_delete`, then the record's field keys;
  row 2  labels for people;
  row 3… one record a row.
Very hidden sheets: `_meta` (key, value), `_versions` (one version a row) and `_base` (the
exported value of every visible row). Every hidden cell is text, so that a spreadsheet
program re-saving the file cannot change what it holds; long texts are split across
cells, never truncated.

A `_base` row is short (entity, id, token) when the file holds every version of the record
as the exporter held them: the importer resolves them to the very values and heads the row
was written from, and the token proves it. Otherwise (an export `--since`, a recipient who
sees less) the row carries its heads and values. Format 1 wrote every row in full; its
files are read as before. Format 2 files are a third smaller and read faster.

Format 3 shows people names and labels where format 2 showed ids and codes (a party "IOM", a
status "Planned", a country "Kenya"), with the id and version columns hidden in a group, and
prints (landscape, as wide as the page, a title and the period on each page). The `_meta` row
`cell_texts` says which text stood for which id or code (sync/cell_texts.py), so the import
tells an unchanged cell from a person's edit. Its layout is format 2's, but a format 2 release
would read every name as typed by hand, and refuse, as "not held here: add it first", the names
of records the same file brings (tried: 30 refused cells for 15 activities), a message that
leads a person to make duplicates; so it is a new major format, which such a release refuses
with "install the newer release". Format 1 and 2 files are read as before.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.versions import canonical_json

FORMAT_MAJOR = 3
FORMAT_MINOR = 0
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"

META_SHEET = "_meta"
VERSIONS_SHEET = "_versions"
BASE_SHEET = "_base"
SIGNATURE_SHEET = "_signature"  # (signature, base64): outside the content hash it signs
HIDDEN_SHEETS = (META_SHEET, VERSIONS_SHEET, BASE_SHEET, SIGNATURE_SHEET)
SIGNATURE_ROW = "signature"
# rows of `_meta` that say who signed and the head of its history (inside the signed hash)
SIGNING_KEY_ROW = "signing_key"
FINGERPRINT_ROW = "key_fingerprint"
KEY_RECORDS_ROW = "key_records"
HISTORY_LENGTH_ROW = "history_length"
HISTORY_HEAD_ROW = "history_head"

ID_KEY = "_id"
VERSION_KEY = "_version"
DELETE_KEY = "_delete"
LEADING_KEYS = (ID_KEY, VERSION_KEY, DELETE_KEY)
LEADING_LABELS = {ID_KEY: "Id", VERSION_KEY: "Version", DELETE_KEY: "Delete?"}

KEY_ROW = 1  # 1-based rows, as spreadsheet programs number them
LABEL_ROW = 2
FIRST_DATA_ROW = 3

CELL_LIMIT = 32_767  # characters a cell holds in Excel
CHUNK = 32_000
MAX_ROWS = 1_048_576  # rows a sheet holds in Excel
MAX_DATA_ROWS = MAX_ROWS - FIRST_DATA_ROW + 1
SHEET_NAME_LIMIT = 31
_SHEET_FORBIDDEN = re.compile(r"[\\/?*\[\]:]")

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")

# Rows of the versions sheet: these cells, then the parents' JSON chunks, then the values'.
VERSION_HEAD = ("id", "entity", "record_id", "stamp", "site_id", "origin", "source", "parent_chunks")
# Rows of the base sheet: these cells, then the heads' JSON chunks, then the values' (or nothing
# more: the base is what the file's versions of the record resolve to).
BASE_HEAD = ("entity", "record_id", "token", "head_chunks")
BASE_DERIVED = 3  # cells of a short base row


def split(text: str) -> list[str]:
    """Pieces of at most CHUNK characters (at least one, maybe empty)."""
    return [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts: no \\ / ? * [ ] :, at most 31 characters, unique."""
    base = _SHEET_FORBIDDEN.sub(" ", name).strip("' ")[:SHEET_NAME_LIMIT] or "Sheet"
    candidate, n = base, 1
    while candidate.casefold() in {t.casefold() for t in taken} or candidate.casefold() == "history":
        n += 1
        suffix = f" ({n})"
        candidate = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    taken.add(candidate)
    return candidate


def sheet_title(entity: str) -> str:
    return RECORD_TYPES[entity].plural


def record_token(heads: Mapping[str, Sequence[str]]) -> str:
    """The version a row shows: a short digest of its fields' head versions."""
    return token_of(canonical_json({k: sorted(v) for k, v in heads.items()}))


def token_of(heads_json: str) -> str:
    """record_token, from the heads' canonical JSON (when the caller has it already)."""
    return hashlib.sha256(heads_json.encode()).hexdigest()[:16]


_HEADS_TEMPLATES: dict[tuple[str, ...], str] = {}
_ID_MARK = canonical_json("\x00version\x00")  # where the version id goes in a template


def single_heads_json(keys: tuple[str, ...], version_id: str) -> str:
    """canonical_json({key: [version_id] for key in keys}), from a template per set of keys: the
    heads of a record made by one version (most records), without building them."""
    template = _HEADS_TEMPLATES.get(keys)
    if template is None:
        if len(_HEADS_TEMPLATES) > 1000:
            _HEADS_TEMPLATES.clear()
        template = _HEADS_TEMPLATES[keys] = canonical_json({k: ["\x00version\x00"] for k in keys})
    return template.replace(_ID_MARK, canonical_json(version_id))


def hash_row(digest: hashlib._Hash, cells: Sequence[str]) -> None:
    """Feed one hidden row to a sheet's digest; trailing empty cells do not count."""
    cells = list(cells)
    while cells and cells[-1] == "":
        cells.pop()
    digest.update("\x1f".join(cells).encode() + b"\x1e")


def combine_digests(*digests: hashlib._Hash) -> str:
    """The content hash: SHA-256 over the digests of the versions, base and metadata sheets."""
    return hashlib.sha256(b"".join(d.digest() for d in digests)).hexdigest()


def needs_quote_prefix(text: str) -> bool:
    """Text a spreadsheet would take for a formula: written as text with the quote prefix."""
    return text.startswith(FORMULA_START)
