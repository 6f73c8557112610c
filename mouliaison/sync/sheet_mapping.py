"""How a plain sheet (a coordinator's own tracker, not a liaison workbook) maps onto records.

A `SheetMapping` says, for one sheet: which row holds the header, which record type its rows
are, which column becomes which field (and which are left out, and why), which fields identify
a row when the same sheet is sent again (row identity), and the options a person chose
(hidden columns and rows included, merged cells filled down). The reader proposes one for
every plain sheet; a person may change it (the window's mapping step, or `import --map
FILE.json`), and a chosen mapping is saved and proposed again for the same layout.

The JSON form (`MappingFile.to_json`) is what `--map` reads and what is saved:

    {"format": "mouliaison-mapping", "version": 1,
     "sheets": {"Tracker": {"type": "activity", "header_row": 3,
                            "columns": {"Activity title": "title", "Notes": null},
                            "key": ["title", "start_date"],
                            "include_hidden": false, "fill_down": false}}}

`columns` maps a header as the sheet shows it to a field key, or to null to leave it out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.sync.workbook_format import DELETE_KEY, ID_KEY

MAPPING_FORMAT = "mouliaison-mapping"
MAPPING_VERSION = 1

# How a column was matched (ColumnChoice.how)
BY_KEY = "key"  # the field's own key, e.g. start_date
BY_LABEL = "label"  # the field's label in English, French or Spanish
BY_SYNONYM = "synonym"  # a common name for it, e.g. "Activity title"
BY_HXL = "hxl"  # an HXL hashtag row, e.g. #date+start
BY_PERSON = "person"  # chosen by a person (a mapping file, or the window)
LEFT_OUT = "left_out"  # not imported: `reason` says why


@dataclass(frozen=True)
class ColumnChoice:
    """One column of a plain sheet and what becomes of it."""

    index: int  # 0-based
    letter: str  # A, B, ... AA
    header: str  # as the sheet shows it (one line, single spaces)
    field: str | None  # the field key it fills; None: left out
    how: str  # BY_KEY, BY_LABEL, BY_SYNONYM, BY_HXL, BY_PERSON or LEFT_OUT
    reason: str = ""  # for a column left out: why, in words a person acts on
    hxl: str = ""  # the column's HXL hashtag, when the sheet has an HXL row


@dataclass(frozen=True)
class SheetMapping:
    sheet: str
    entity: str | None  # the record type; None: the sheet is not read (notes say why)
    header_row: int  # 1-based; 0 when no header was found
    first_data_row: int  # 1-based: after the header (and an HXL row under it)
    columns: tuple[ColumnChoice, ...] = ()
    key: tuple[str, ...] = ()  # the fields whose values identify a row (row identity)
    include_hidden: bool = False  # hidden columns and rows are read too
    fill_down: bool = False  # a merged cell's value fills every row it spans
    notes: tuple[str, ...] = ()  # what a person should know: what was left out and why
    scores: tuple[tuple[str, float], ...] = ()  # (record type, score), best first, for the preview
    # the record type a person chose when the sheet cannot be read as it (entity None, a note says why):
    # kept so that the window shows their choice, and its fields to map, instead of "not imported"
    chosen_entity: str | None = None

    def field_columns(self) -> dict[str, int]:
        """Field key -> 0-based column index, for the columns that are read."""
        return {c.field: c.index for c in self.columns if c.field is not None}

    def layout(self) -> str:
        """A fingerprint of the sheet's layout (its headers, in order): a saved mapping is
        proposed again for a sheet with the same layout, whatever its name or rows."""
        headers = "\u241f".join(c.header.casefold() for c in self.columns)
        return hashlib.sha256(headers.encode()).hexdigest()[:16]

    def choices(self) -> dict[str, Any]:
        """This mapping as a person's choices (one sheet's entry of a mapping file)."""
        return {
            "type": self.entity,
            "header_row": self.header_row,
            "columns": {c.header: c.field for c in self.columns if c.header},
            "key": list(self.key),
            "include_hidden": self.include_hidden,
            "fill_down": self.fill_down,
        }


@dataclass(frozen=True)
class SheetChoices:
    """What a person chose for one sheet; anything None is left to the proposal."""

    entity: str | None = None
    header_row: int | None = None
    columns: Mapping[str, str | None] = field(default_factory=dict)  # header -> field key or None
    key: tuple[str, ...] | None = None
    include_hidden: bool | None = None
    fill_down: bool | None = None
    skip: bool = False  # "type": null in the file: the sheet is not imported


class MappingProblem(ValueError):
    """A mapping file that cannot be used; the message says what is wrong and what to do."""


@dataclass(frozen=True)
class MappingFile:
    """A person's choices for the sheets of a file, by sheet name; and choices saved earlier,
    by layout (`SheetMapping.layout()`), for a sheet that no name entry covers."""

    sheets: Mapping[str, SheetChoices] = field(default_factory=dict)
    by_layout: Mapping[str, SheetChoices] = field(default_factory=dict)

    def for_sheet(self, name: str, layout: str | None = None) -> SheetChoices | None:
        found = self.sheets.get(name)
        if found is None and layout is not None:
            found = self.by_layout.get(layout)
        return found

    @classmethod
    def from_mappings(cls, mappings: Mapping[str, SheetMapping]) -> MappingFile:
        return cls.from_json({"format": MAPPING_FORMAT, "version": MAPPING_VERSION,
                              "sheets": {name: m.choices() for name, m in mappings.items()}})

    def to_json(self) -> dict[str, Any]:
        sheets: dict[str, Any] = {}
        for name, c in self.sheets.items():
            entry: dict[str, Any] = {"type": None if c.skip else c.entity}
            if c.header_row is not None:
                entry["header_row"] = c.header_row
            entry["columns"] = dict(c.columns)
            if c.key is not None:
                entry["key"] = list(c.key)
            if c.include_hidden is not None:
                entry["include_hidden"] = c.include_hidden
            if c.fill_down is not None:
                entry["fill_down"] = c.fill_down
            sheets[name] = entry
        return {"format": MAPPING_FORMAT, "version": MAPPING_VERSION, "sheets": sheets}

    @classmethod
    def from_json(cls, data: Any) -> MappingFile:
        if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
            raise MappingProblem(f"not a mapping file: it needs \"format\": \"{MAPPING_FORMAT}\" at its top; "
                                 "print one to start from with `mouliaison import FILE --show-mapping`")
        if data.get("version") != MAPPING_VERSION:
            raise MappingProblem(f"mapping file version {data.get('version')!r}; this release reads version "
                                 f"{MAPPING_VERSION}")
        sheets = data.get("sheets")
        if not isinstance(sheets, dict):
            raise MappingProblem("the mapping file has no \"sheets\" object (sheet name -> its mapping)")
        found: dict[str, SheetChoices] = {}
        for name, entry in sheets.items():
            found[str(name)] = _sheet_choices(str(name), entry)
        return cls(found)

    @classmethod
    def loads(cls, text: str) -> MappingFile:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MappingProblem(f"the mapping file is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                                 f"{exc.msg})") from None
        return cls.from_json(data)


def _sheet_choices(name: str, entry: Any) -> SheetChoices:
    where = f"sheet '{name}' in the mapping file"
    if not isinstance(entry, dict):
        raise MappingProblem(f"{where}: expected an object with \"type\" and \"columns\"")
    entity = entry.get("type")
    if entity is not None and (not isinstance(entity, str) or entity not in RECORD_TYPES):
        raise MappingProblem(f"{where}: \"type\" must be a record type ({', '.join(RECORD_TYPES)}), or null "
                             "to skip the sheet")
    header_row = entry.get("header_row")
    if header_row is not None and (not isinstance(header_row, int) or isinstance(header_row, bool)
                                   or header_row < 1):
        raise MappingProblem(f"{where}: \"header_row\" must be a row number (1 or more)")
    columns = entry.get("columns", {})
    if not isinstance(columns, dict) or not all(v is None or isinstance(v, str) for v in columns.values()):
        raise MappingProblem(f"{where}: \"columns\" must map each header to a field key, or to null to leave it out")
    key = entry.get("key")
    if key is not None and (not isinstance(key, list) or not all(isinstance(k, str) for k in key)):
        raise MappingProblem(f"{where}: \"key\" must be a list of field keys, e.g. [\"title\", \"start_date\"]")
    flags = {}
    for flag in ("include_hidden", "fill_down"):
        value = entry.get(flag)
        if value is not None and not isinstance(value, bool):
            raise MappingProblem(f"{where}: \"{flag}\" must be true or false")
        flags[flag] = value
    _known_fields(where, entity, [v for v in columns.values() if v is not None], "columns")
    _known_fields(where, entity, key or [], "key")
    return SheetChoices(entity=entity, header_row=header_row, columns={str(k): v for k, v in columns.items()},
                        key=tuple(key) if key is not None else None, include_hidden=flags["include_hidden"],
                        fill_down=flags["fill_down"], skip="type" in entry and entity is None)


def _known_fields(where: str, entity: str | None, keys: list[str], what: str) -> None:
    """Field keys of the chosen type (of any type when none is chosen), or a MappingProblem naming them."""
    if entity is not None:
        known = {f.key for f in RECORD_TYPES[entity].fields}
        of = f"fields of {RECORD_TYPES[entity].plural.lower()}"
    else:
        known = {f.key for t in RECORD_TYPES.values() for f in t.fields}
        of = "fields of any record type"
    unknown = [k for k in keys if k not in known and k not in (ID_KEY, DELETE_KEY)]
    if unknown:
        raise MappingProblem(f"{where}: \"{what}\" names {', '.join(repr(k) for k in unknown)}, not {of}; use "
                             f"field keys such as {', '.join(sorted(known)[:6])}")
