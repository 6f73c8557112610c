"""Reading a workbook that came in: ours (hidden sheets) or foreign (a plain sheet).

The file has passed `file_checks` before this point. Its sheets are read by python-calamine
when the check found them plain and small, by openpyxl streaming otherwise (sheet_readers);
the declared dimension is not trusted (reading stops after a run of empty rows, columns are
capped), formulas and error cells in data columns are refused per cell, merged cells
quarantine the rows they touch, and hidden sheets that are not ours are reported, never
read silently.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import json
import re
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from typing import Any, NamedTuple, TypeVar

from defusedxml import ElementTree
from openpyxl.utils import get_column_letter
from python_calamine import CalamineError

from mouliaison.domain import json_text
from mouliaison.domain.default_agreement import EMBEDDED_RECORDS
from mouliaison.domain.ids import derived, is_uuid
from mouliaison.domain.messages import FieldLabel, Message, TypeLabel, TypeLabels, joined
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import first_wire_problem
from mouliaison.domain.versions import EMBEDDED, Version, resolve
from mouliaison.store.embedded import embedded_version
from mouliaison.sync import freed_memory, hidden_rows
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.cell_texts import META_KEY, CellTexts
from mouliaison.sync.cells import as_exported
from mouliaison.sync.csv_sheets import CsvBook
from mouliaison.sync.file_checks import CheckedFile, RefusedFile, check_incoming_file
from mouliaison.sync.header_row import SCAN_ROWS
from mouliaison.sync.meta_fields import wrong_fields
from mouliaison.sync.ods_sheets import OdsBook
from mouliaison.sync.progress import EVERY, Progress, no_progress
from mouliaison.sync.row_keys import KEY_NOTE_START, proposed_key
from mouliaison.sync.row_kinds import SECTION, TOTAL, row_kind
from mouliaison.sync.sheet_mapping import BY_PERSON, LEFT_OUT, MappingFile, SheetMapping
from mouliaison.sync.sheet_proposal import HIDDEN, KOBO, propose, rows_text
from mouliaison.sync.sheet_readers import (
    MAX_COLUMNS,
    CalamineBook,
    OpenpyxlBook,
    ReadWithOpenpyxl,
    SheetBook,
    Special,
    plain_value,
    scan_sheets,
    sheet_parts,
    sheet_states,
    unreadable,
)
from mouliaison.sync.signed_files import FileSignature, read_signature

EMPTY_ROWS_TO_STOP = 100
_STAMP = re.compile(r"\d{1,19}")
ORIGINS = {"local", "file", "hand_edit", "embedded"}


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.column}{self.row}: {self.reason}"


@dataclass(slots=True)
class DataRow:
    """One row of a visible sheet: raw cell values by field key, and where they are."""

    sheet: str
    row: int
    entity: str
    cells: dict[str, Any]
    columns: dict[str, str]  # field key -> column letter
    problems: list[CellProblem] = field(default_factory=list)  # formulas, error cells
    merged: bool = False


class UnchangedRow(NamedTuple):
    """A row of ours found exactly as exported while it was read: only where it is, and its id
    (an id on two rows quarantines both), not its cells."""

    sheet: str
    row: int
    entity: str
    record_id: str


@dataclass(frozen=True)
class BaseRow:
    """What the export wrote on a visible row: its token, its fields' heads, its wire values."""

    token: str
    heads: Mapping[str, tuple[str, ...]]
    values: Mapping[str, Any]


class _OneVersionHeads(Mapping[str, tuple[str, ...]]):
    """The heads of a record made by one version: that version, for each field it sets."""

    __slots__ = ("_head", "_keys")

    def __init__(self, keys: Mapping[str, Any], version_id: str) -> None:
        self._keys, self._head = keys, (version_id,)

    def __getitem__(self, key: str) -> tuple[str, ...]:
        if key in self._keys:
            return self._head
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


@dataclass
class IncomingWorkbook:
    path: Path
    sha256: str
    meta: dict[str, str] | None  # None: a foreign workbook
    versions: list[Version] = field(default_factory=list)
    base: dict[tuple[str, str], BaseRow] = field(default_factory=dict)
    rows: list[DataRow] = field(default_factory=list)  # rows to look at: new, changed, or with a problem
    unchanged: list[UnchangedRow] = field(default_factory=list)  # ours, exactly as exported
    notes: list[str] = field(default_factory=list)
    modified: dt.datetime | None = None  # the document's own "modified" time
    mappings: dict[str, SheetMapping] = field(default_factory=dict)  # plain sheets: how each was read
    # plain sheets: a few values of each column (0-based index) as the sheet shows them, from the first rows
    samples: dict[str, dict[int, list[str]]] = field(default_factory=dict)
    texts: CellTexts | None = None  # format 3: the names and labels its visible cells showed
    signature: FileSignature | None = None  # ours: who signed it (sync/signed_files), or that nobody did
    _tokens: set[tuple[str, str]] | None = field(default=None, repr=False, compare=False)

    @property
    def ours(self) -> bool:
        return self.meta is not None

    def exported_token(self, entity: str, token: str) -> bool:
        """Whether `token` is a Version cell this file exported on a row of `entity`."""
        if self._tokens is None:
            self._tokens = {(kind, base.token) for (kind, _record_id), base in self.base.items()}
        return (entity, token) in self._tokens

    def forget_tokens(self) -> None:
        """After the base changed (screening withheld some records)."""
        self._tokens = None

    def forget_rows(self) -> None:
        """Let go of the visible rows and their base once they are read into versions (planning):
        at 100,000 records they hold hundreds of MiB the writing does not need."""
        self.rows = []
        self.unchanged = []
        self.base = {}
        self._tokens = None

    def forget_read(self) -> None:
        """Let go of everything read from the sheets once the import is planned and will not plan
        again: writing it needs the plan alone, which then lets each version go once written."""
        self.forget_rows()
        self.versions = []

    @property
    def file_id(self) -> str:
        if self.meta is not None:
            return self.meta["file_id"]
        return derived("foreign-workbook", self.sha256)


def read_workbook(path: Path, progress: Progress = no_progress, choices: MappingFile | None = None) -> IncomingWorkbook:
    """Everything the import needs from the file; RefusedFile says why a file cannot be used, and
    MappingProblem why `choices` (a person's mapping of its plain sheets) cannot."""
    checked = check_incoming_file(path)  # .xlsx, .ods or CSV, by what the file really is
    parts = sheet_parts(path) if checked.kind == "xlsx" else {}
    try:
        try:
            with _open_book(path, checked, parts) as book:  # calamine may parse a sheet meanwhile
                sha256 = file_sha256(path)
                incoming = read_book(book, path, sha256, progress, choices)
                incoming.notes[:0] = book.notes()  # how the file itself was read (a CSV's text, its separator)
            freed_memory.give_back(path.stat().st_size)  # the sheets calamine held, freed with the book
            return incoming
        except ReadWithOpenpyxl:
            with OpenpyxlBook(path, scan_sheets(path)) as book:
                return read_book(book, path, file_sha256(path), progress, choices)
    except DAMAGED_INSIDE as exc:  # XML or zip members damaged in a way the file check cannot see
        raise RefusedFile("damaged", Message("{name} is damaged inside ({error}). Ask the sender for a new copy, or "
                                             "open it in Excel or LibreOffice, save it again, and import that file.",
                                             name=path.name, error=f"{type(exc).__name__}: {exc}")) from None


# Raised by the XML and zip readers on a part damaged inside a sound zip
DAMAGED_INSIDE = (ElementTree.ParseError, SyntaxError, zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError)


def read_book(book: SheetBook, path: Path, sha256: str, progress: Progress,
              choices: MappingFile | None = None) -> IncomingWorkbook:
    """The workbook as `book` reads its sheets (read_workbook chooses the reader)."""
    names = book.sheet_names
    incoming = IncomingWorkbook(path, sha256, None)
    incoming.modified = book.modified
    if fmt.META_SHEET in names:
        _read_hidden(book, incoming)
        freed_memory.give_back(path.stat().st_size)  # what reading the versions left, before a sheet is read whole
    for name in names:
        if _is_hidden_sheet_of_ours(name):
            if not incoming.ours:
                incoming.notes.append(Message("sheet '{name}' looks like ours but the file has no metadata; not read",
                                              name=name))
            continue
        if not book.visible(name):
            incoming.notes.append(Message("sheet '{name}' is hidden and was not read; unhide it to import its rows",
                                          name=name))
            continue
        _read_visible(book, name, incoming, progress, choices)
    if choices is not None:
        unknown = sorted(set(choices.sheets) - set(names))
        if unknown:
            names = ", ".join(repr(n) for n in unknown)
            if len(unknown) > 1:
                incoming.notes.append(Message("the mapping names sheets {names}, which the file does not have",
                                              names=names))
            else:
                incoming.notes.append(Message("the mapping names sheet {names}, which the file does not have",
                                              names=names))
    return incoming


def _open_book(path: Path, checked: CheckedFile, parts: dict[str, str]) -> SheetBook:
    """calamine when every visible sheet is plain and small (sheet_xml), openpyxl otherwise; an
    OpenDocument spreadsheet or a CSV file by its own reader.

    Our hidden sheets are streamed (hidden_rows) whatever their size: calamine reads one only
    when it is not in our exporter's form, and only if the check cleared it (CalamineBook);
    otherwise the whole file is read with openpyxl. (The `_base` sheet of 1,000,000 records,
    a million rows of three short cells, does not pass the grid rule, and sent every sheet of
    the file to openpyxl, about 4 times slower.)
    """
    if checked.kind == "ods":
        return OdsBook(path)
    if checked.kind == "csv":
        return CsvBook(path)
    try:
        with zipfile.ZipFile(path) as archive:
            states = sheet_states(archive)
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        states = {}
    cleared = {name for name in states
               if (facts := checked.sheets.get(parts.get(name, "").lower())) is not None and facts.calamine_safe}
    visible = [name for name, state in states.items() if state == "visible"]
    if states and all(name in cleared for name in visible):
        # the largest sheet read_book reads is parsed while our hidden sheets are decoded (issue 18)
        read = [name for name in visible if not _is_hidden_sheet_of_ours(name)] if fmt.META_SHEET in states else []
        largest = max(read, key=lambda name: checked.sheets[parts[name].lower()].xml_bytes, default=None)
        try:
            return CalamineBook(path, cleared, ahead=largest,
                                facts={name: checked.sheets[parts[name].lower()] for name in cleared})
        except (CalamineError, OSError, ValueError) as exc:
            raise unreadable(path, exc) from None
    return OpenpyxlBook(path, scan_sheets(path))


def _is_hidden_sheet_of_ours(name: str) -> bool:
    return any(name == h or name.startswith(h + "_") for h in fmt.HIDDEN_SHEETS)


def file_sha256(path: Path) -> str:
    """SHA-256 of the file's bytes: the same file imported again is known by it."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _text_rows(book: SheetBook, name: str) -> Iterator[list[str]]:
    for row in book.rows(name, raw=True):
        cells = ["" if v is None else v if v.__class__ is str else str(plain_value(v) if book.raw else v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            yield cells


def _sheets_named(book: SheetBook, base: str) -> list[str]:
    more = [n for n in book.sheet_names if n.startswith(base + "_") and n[len(base) + 1 :].isdigit()]
    names = [base, *sorted(more, key=lambda n: int(n[len(base) + 1 :]))]
    return [n for n in names if n in book.sheet_names]


def _read_hidden(book: SheetBook, incoming: IncomingWorkbook) -> None:
    name = incoming.path.name
    meta_digest, versions_digest, base_digest = hashlib.sha256(), hashlib.sha256(), hashlib.sha256()
    meta: dict[str, str] = {}
    claimed_hash = ""
    for cells in _text_rows(book, fmt.META_SHEET):
        if cells[0] == "content_sha256":
            claimed_hash = cells[1] if len(cells) > 1 else ""
            continue
        fmt.hash_row(meta_digest, cells)
        meta[cells[0]] = "".join(cells[1:])
    if meta.get("format") != "mouliaison-workbook" or "file_id" not in meta:
        raise RefusedFile("not-ours", Message("{name} has a '_meta' sheet that mouliaison did not write; remove "
                                              "that sheet to import the file as a plain workbook.", name=name))
    major = meta.get("format_version", "0.0").split(".")[0]
    if not major.isdigit() or int(major) > fmt.FORMAT_MAJOR:
        raise RefusedFile("newer-format", Message("{name} was written in workbook format {version} by a newer "
                                                  "mouliaison; this one reads format {major}.x. Install the newer "
                                                  "release to import it.", name=name,
                                                  version=str(meta.get("format_version")),
                                                  major=str(fmt.FORMAT_MAJOR)))
    incoming.meta = meta
    versions_digest, versions = _hidden_rows(book, incoming.path, fmt.VERSIONS_SHEET, _Versions(name))
    incoming.versions = versions.versions
    base_digest, bases = _hidden_rows(book, incoming.path, fmt.BASE_SHEET, _Bases(name))
    incoming.base.update(bases.base)
    derived = bases.derived
    if fmt.combine_digests(versions_digest, base_digest, meta_digest) != claimed_hash:
        raise RefusedFile("tampered", Message("the hidden sheets of {name} were changed after it was exported (their "
                                              "content hash does not match), so its history cannot be trusted. Ask "
                                              "the sender to export it again.", name=name))
    _check_meta(meta, name)
    incoming.texts = _cell_texts(meta, name)
    incoming.signature = read_signature(meta, claimed_hash, _text_rows(book, fmt.SIGNATURE_SHEET)
                                        if fmt.SIGNATURE_SHEET in book.sheet_names else iter(()), name)
    forged = _leave_out_mistyped(incoming) | _leave_out_forged_embedded(incoming)
    if derived:
        _derive_bases(incoming, [row for row in derived if (row[0], row[1]) not in forged])


class _Versions:
    """The versions of the `_versions` rows, in order."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.versions: list[Version] = []

    def fresh(self) -> _Versions:
        return _Versions(self.file_name)

    def take(self, cells: list[str]) -> None:
        self.versions.append(_version(cells, self.file_name))


class _Bases:
    """The `_base` rows: a base row in full, or the short row of a base its versions give."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.base: dict[tuple[str, str], BaseRow] = {}
        self.derived: list[list[str]] = []

    def fresh(self) -> _Bases:
        return _Bases(self.file_name)

    def take(self, cells: list[str]) -> None:
        if len(cells) == fmt.BASE_DERIVED:
            self.derived.append(cells)
            return
        entity, record_id, base = _base(cells, self.file_name)
        self.base[(entity, record_id)] = base


_Taker = TypeVar("_Taker", _Versions, _Bases)


def _hidden_rows(book: SheetBook, path: Path, base: str, taker: _Taker) -> tuple[Any, _Taker]:
    """The rows of the hidden sheet `base` (and its continuations), hashed and given to `taker`.

    With calamine, the sheets are read as a stream in the exporter's own form (hidden_rows),
    without calamine's copy of the whole sheet; a sheet in any other form (the workbook saved
    again by Excel or LibreOffice) is read by calamine from its start, as before.
    """
    sheets = _sheets_named(book, base)
    if isinstance(book, CalamineBook):
        parts = sheet_parts(path)
        if all(sheet in parts for sheet in sheets):
            digest = hashlib.sha256()
            try:
                for sheet in sheets:
                    for cells in hidden_rows.sheet_rows(path, parts[sheet]):
                        fmt.hash_row(digest, cells)
                        taker.take(cells)
                return digest, taker
            except hidden_rows.NotOurForm:
                taker = taker.fresh()
    digest = hashlib.sha256()
    for sheet in sheets:
        for cells in _text_rows(book, sheet):
            fmt.hash_row(digest, cells)
            taker.take(cells)
    return digest, taker


def _leave_out_mistyped(incoming: IncomingWorkbook) -> set[tuple[str, str]]:
    """Versions whose values are not of their fields' kinds (a list where a date belongs...) are
    not taken: stored, they would break `show` and every export. Named in the notes; the rows of
    their records are then quarantined. Returns those records."""
    bad: dict[str, str] = {}
    fields = {name: {f.key: f for f in rtype.fields} for name, rtype in RECORD_TYPES.items()}
    for version in incoming.versions:
        of_type = fields.get(version.entity)
        if of_type is None:
            continue  # a type of a newer release: kept and passed on as it came
        found = first_wire_problem(of_type, version.values)
        if found is not None:
            field_, problem = found
            bad[version.id] = Message("{type} {id}, {field}: {problem}",
                                      type=TypeLabel(RECORD_TYPES[version.entity].label), id=version.record_id,
                                      field=FieldLabel(field_.label), problem=problem)
    if not bad:
        return set()
    records = {(v.entity, v.record_id) for v in incoming.versions if v.id in bad}
    incoming.versions = [v for v in incoming.versions if v.id not in bad]
    for entity, record_id in records:
        incoming.base.pop((entity, record_id), None)
    shown = joined(list(bad.values())[:5] + (["..."] if len(bad) > 5 else []))
    if len(bad) == 1:
        incoming.notes.append(Message("1 version in {file} carry values of the wrong kind and were not taken "
                                      "({shown}); ask the sender to export again", file=incoming.path.name,
                                      shown=shown))
    else:
        incoming.notes.append(Message("{count} versions in {file} carry values of the wrong kind and were not taken "
                                      "({shown}); ask the sender to export again", count=len(bad),
                                      file=incoming.path.name, shown=shown))
    return records


@functools.cache
def _shipped() -> dict[str, Version]:
    """The versions this release ships (the default agreement and its vocabularies), by id."""
    return {v.id: v for v in map(embedded_version, EMBEDDED_RECORDS)}


def _leave_out_forged_embedded(incoming: IncomingWorkbook) -> set[tuple[str, str]]:
    """A version that says it was shipped with the app but is not one this release ships, as
    shipped, is not taken: an `embedded` version is never exported, so one forged would make
    offices differ for good. (A newer release's defaults reach this one with the release.)
    Named in the notes; the rows of their records are then quarantined. Returns those records."""
    shipped = _shipped()
    bad = [v for v in incoming.versions if v.origin == EMBEDDED and shipped.get(v.id) != v]
    if not bad:
        return set()
    ids = {v.id for v in bad}
    records = {(v.entity, v.record_id) for v in bad}
    incoming.versions = [v for v in incoming.versions if v.id not in ids]
    for key in records:
        incoming.base.pop(key, None)
    shown = "; ".join(f"{v.entity} {v.record_id}" for v in bad[:5]) + ("; ..." if len(bad) > 5 else "")
    if len(bad) == 1:
        incoming.notes.append(Message("1 version in {file} claim to be shipped with mouliaison but are not what "
                                      "this release ships, and were not taken ({shown}); ask the sender to export "
                                      "again", file=incoming.path.name, shown=shown))
    else:
        incoming.notes.append(Message("{count} versions in {file} claim to be shipped with mouliaison but are not "
                                      "what this release ships, and were not taken ({shown}); ask the sender to "
                                      "export again", count=len(bad), file=incoming.path.name, shown=shown))
    return records


def _check_meta(meta: dict[str, str], name: str) -> None:
    """What the import relies on in the metadata is there and of its kind (a hash recomputed
    over an edited `_meta` sheet passes the content check; this one it does not)."""
    wrong = wrong_fields(meta)
    if wrong:
        raise RefusedFile("damaged", Message("{name} has metadata that mouliaison did not write ({rows} missing or "
                                             "changed), so its history cannot be trusted. Ask the sender to export "
                                             "it again.", name=name, rows=", ".join(wrong)))


def _cell_texts(meta: dict[str, str], name: str) -> CellTexts | None:
    """The names and labels a format 3 file showed for its ids and codes (none before format 3)."""
    text = CellTexts.meta_text(meta)
    if text is None:
        return None
    texts = CellTexts.from_meta(text)
    if texts is None:
        raise RefusedFile("damaged", Message("{name} has metadata that mouliaison did not write ({row} changed), so "
                                             "its cells cannot be compared with what was exported. Ask the sender to "
                                             "export it again.", name=name, row=META_KEY))
    return texts


def _version(cells: list[str], name: str) -> Version:
    try:
        vid, entity, record_id, stamp, site, origin, source, n_parents = cells[:8]
        k = int(n_parents)
        parents_text, values_text = "".join(cells[8 : 8 + k]), "".join(cells[8 + k :])
        parents = {} if parents_text == "{}" else json_text.loads(parents_text)  # most versions: a new record
        values = json_text.loads(values_text)
        ok = (is_uuid(vid) and is_uuid(record_id) and is_uuid(site) and origin in ORIGINS
              and isinstance(values, dict) and isinstance(parents, dict) and _STAMP.fullmatch(stamp)
              and int(stamp) < 1 << 63)
        if not ok:
            raise ValueError
        # the exporter wrote the canonical JSON the database held: kept, so it is stored as it came
        held = _held_text(values, values_text)
        return Version(vid, intern(entity), record_id, int(stamp), intern(site), _short_texts_shared(values),
                       {key: tuple(ids) for key, ids in parents.items()}, intern(origin), source and intern(source),
                       texts=(held, "{}" if parents_text == "{}" else parents_text))
    except (ValueError, TypeError, json.JSONDecodeError):
        raise RefusedFile("damaged", Message("{name} holds a damaged version row; ask the sender to export again.",
                                             name=name)) from None


SHARED_UP_TO = 64  # characters: a version's shorter texts (codes, dates, ids) are shared (sys.intern)


def _short_texts_shared(values: dict[str, Any]) -> dict[str, Any]:
    """The same short texts (a date, a code, a country, an id) as one object each, not one per
    version: 120,000 versions hold about 800,000 of them (80 MiB at 100,000 records)."""
    for key, value in values.items():
        cls = value.__class__
        if cls is str:
            if len(value) <= SHARED_UP_TO:
                values[key] = intern(value)
        elif cls is list:
            values[key] = [intern(v) if v.__class__ is str and len(v) <= SHARED_UP_TO else v for v in value]
    return values


def _held_text(values: dict[str, Any], text: str) -> bytes | None:
    """What a version keeps of its values' JSON text (Version.texts): nothing when the values
    give that very text again (nearly every version of our exports), its UTF-8 bytes otherwise."""
    held = text.encode()
    return None if json_text.sorted_compact(values) == held else held


def _base(cells: list[str], name: str) -> tuple[str, str, BaseRow]:
    try:
        entity, record_id, token, n_heads = cells[:4]
        k = int(n_heads)
        heads = json_text.loads("".join(cells[4 : 4 + k]))
        values = json_text.loads("".join(cells[4 + k :]))
        return entity, record_id, BaseRow(token, {key: tuple(v) for key, v in heads.items()}, values)
    except (ValueError, TypeError, json.JSONDecodeError):
        raise RefusedFile("damaged", Message("{name} holds a damaged base row; ask the sender to export again.",
                                             name=name)) from None


def _derive_bases(incoming: IncomingWorkbook, rows: list[list[str]]) -> None:
    """The base of each short row: what the file's versions of its record resolve to.

    The exporter wrote the row from that very state; the token, a digest of its heads, proves
    that this release resolves the versions the same way.
    """
    by_record: dict[tuple[str, str], list[Version]] = defaultdict(list)
    for version in incoming.versions:
        by_record[(version.entity, version.record_id)].append(version)
    for entity, record_id, token in rows:
        versions = by_record.get((entity, record_id))
        base = _resolved_base(entity, record_id, versions) if versions else None
        if base is None or base.token != token:
            raise RefusedFile("damaged", Message("{name} holds a base row that its versions do not explain; ask the "
                                                 "sender to export again.", name=incoming.path.name))
        incoming.base[(entity, record_id)] = base


def _resolved_base(entity: str, record_id: str, versions: list[Version]) -> BaseRow | None:
    if len(versions) == 1 and not any(key[0] == "_" for key in versions[0].values):  # most records
        only = versions[0]
        token = fmt.token_of(fmt.single_heads_json(tuple(only.values), only.id))
        return BaseRow(token, _OneVersionHeads(only.values, only.id), only.values)
    state = resolve(entity, record_id, versions)
    if state.deleted:
        return None
    return BaseRow(fmt.record_token(state.heads), state.heads, state.values)


def _read_visible(book: SheetBook, name: str, incoming: IncomingWorkbook, progress: Progress = no_progress,
                  choices: MappingFile | None = None) -> None:
    rows = book.rows(name)
    first = next(rows, None)
    if first is None:
        if not incoming.ours:
            incoming.mappings[name] = SheetMapping(name, None, 0, 1, notes=("the sheet is empty",))
        return
    header = [_header_text(v) for v in first[:MAX_COLUMNS]]
    # our layout: keys in row 1, labels in row 2 (a Kobo export's `_id` alone does not make it ours)
    if fmt.ID_KEY not in header or not (incoming.ours or fmt.VERSION_KEY in header):
        _read_plain(book, name, incoming, progress, itertools.chain([first], rows), choices)
        return
    keys: list[str | None] = list(header)
    second = next(rows, None)  # the labels row: what a person sees of a column
    labels = [_header_text(v) for v in second[:MAX_COLUMNS]] if second is not None else []
    first_data = fmt.FIRST_DATA_ROW
    width = max(len(keys), len(labels))
    keys += [None] * (width - len(keys))
    # a column of a newer release, or one a person added, does not keep the sheet's type from being known
    entity = _entity_of(name, [k for k in keys if k and k not in fmt.LEADING_KEYS and _is_field_key(k)])
    if entity is None:
        fitting = _fitting([k for k in keys if k and k not in fmt.LEADING_KEYS and _is_field_key(k)])
        if len(fitting) > 1:
            kinds = TypeLabels(RECORD_TYPES[f].plural.lower() for f in fitting)
            incoming.notes.append(Message("sheet '{name}': its columns fit several record types ({kinds}); name the "
                                          "sheet after one of them, e.g. '{example}'; not read", name=name, kinds=kinds,
                                          example=RECORD_TYPES[fitting[0]].plural))
        elif any(header) or any(labels):
            incoming.notes.append(Message("sheet '{name}': its columns do not match one record type; not read",
                                          name=name))
        return
    rtype = RECORD_TYPES[entity]
    columns: dict[str, int] = {}
    for index, key in enumerate(keys):
        shown = (labels[index] if index < len(labels) else "") or (header[index] if index < len(header) else "")
        if not shown:
            continue
        if key is None or (key not in fmt.LEADING_KEYS and rtype.field(key) is None):
            incoming.notes.append(Message("sheet '{name}': column {letter} ('{header}') is not a field of {types}; "
                                          "left out", name=name, letter=get_column_letter(index + 1), header=shown,
                                          types=TypeLabel(rtype.plural.lower())))
            continue
        if key in columns:
            incoming.notes.append(Message("sheet '{name}': column '{header}' appears twice; the second is left out",
                                          name=name, header=shown))
            continue
        columns[key] = index
    letters = {k: get_column_letter(i + 1) for k, i in columns.items()}
    ours = incoming.ours
    texts = incoming.texts
    wanted = list(columns.items())
    merged = book.merged(name)
    last_row = book.last_row(name)
    empty_run = 0
    for number, row in enumerate(rows, start=first_data):
        if number % EVERY == 0:
            progress(f"reading {incoming.path.name}: {name}", number, last_row or None)
        values: dict[str, Any] = {}
        problems: list[CellProblem] = []
        width = len(row)
        for key, index in wanted:
            value = row[index] if index < width else None
            if value is None:
                continue
            if value.__class__ is Special:
                text = value.text
                if value.kind == "f" and text.upper() in _BOOLEAN_FORMULAS:
                    values[key] = _BOOLEAN_FORMULAS[text.upper()]  # how LibreOffice saves yes/no cells
                elif value.kind == "f":
                    problems.append(CellProblem(name, number, letters[key],
                                                Message("a formula; type the value itself")))
                else:
                    problems.append(CellProblem(name, number, letters[key], Message("an error cell ({text})",
                                                                                    text=text)))
                continue
            values[key] = value
        if not values and not problems:
            empty_run += 1
            # the declared dimension is not trusted; rows the sheet's XML really fills are all read
            if empty_run >= EMPTY_ROWS_TO_STOP and number >= last_row:
                break
            continue
        empty_run = 0
        touched = bool(merged) and any(r1 <= number <= r2 for _c1, r1, _c2, r2 in merged)
        if texts is not None:  # cells still showing the exported name or label: the exported id or code
            base = incoming.base.get((entity, clean_id(values.get(fmt.ID_KEY))))
            if base is not None:
                texts.restore(entity, values, base.values)
        if ours and not problems and not touched:
            record_id = clean_id(values.get(fmt.ID_KEY))
            base = incoming.base.get((entity, record_id))
            if (base is not None and str(values.get(fmt.VERSION_KEY) or "").strip() == base.token
                    and as_exported(rtype, values, base.values)):
                # most rows of a workbook of ours: kept small, so 100,000 rows do not hold their cells
                incoming.unchanged.append(UnchangedRow(name, number, entity, record_id))
                continue
        incoming.rows.append(DataRow(name, number, entity, values, letters, problems, touched))
    incoming.rows.sort(key=lambda r: (r.sheet, r.row))


def _read_plain(book: SheetBook, name: str, incoming: IncomingWorkbook, progress: Progress,
                rows: Iterator[list[Any]], choices: MappingFile | None) -> None:
    """A plain sheet: its mapping proposed from its first rows (or chosen), then its rows read by it."""
    top = list(itertools.islice(rows, SCAN_ROWS))
    texts = [[_header_text(v) for v in row[:MAX_COLUMNS]] for row in top]
    for row in texts:
        while row and not row[-1]:
            row.pop()
    hidden_columns = book.hidden_columns(name)
    chosen = choices.for_sheet(name) if choices is not None else None
    mapping = propose(name, texts, hidden_columns, chosen)
    if chosen is None and choices is not None and choices.by_layout:
        chosen = choices.for_sheet(name, mapping.layout())
        if chosen is not None:
            mapping = propose(name, texts, hidden_columns, chosen)
            mapping = dataclasses.replace(mapping, notes=(
                "read with the mapping saved for sheets laid out like this one", *mapping.notes))
    incoming.samples[name] = _samples(top[max(mapping.first_data_row, 1) - 1:])
    if mapping.entity is None:
        incoming.mappings[name] = mapping
        if mapping.header_row:
            incoming.notes += [Message("sheet '{name}': {note}", name=name, note=n) for n in mapping.notes]
        return
    read = _PlainRows(book, name, incoming, mapping)
    for number, row in enumerate(itertools.chain(top, rows), start=1):
        if number % EVERY == 0:
            progress(f"reading {incoming.path.name}: {name}", number, read.last_row or None)
        if number >= mapping.first_data_row and not read.row(number, row):
            break
    mapping = read.finish()
    incoming.mappings[name] = mapping
    incoming.notes += [Message("sheet '{name}': {note}", name=name, note=n) for n in mapping.notes
                       if not n.startswith(KEY_NOTE_START)]
    incoming.rows.sort(key=lambda r: (r.sheet, r.row))


SAMPLES = 3  # values of a column shown beside it in the mapping step


def _samples(rows: list[list[Any]]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for row in rows:
        for index, value in enumerate(row[:MAX_COLUMNS]):
            text = _sample_text(value)
            if text and len(found.setdefault(index, [])) < SAMPLES:
                found[index].append(text)
    return found


def _sample_text(value: Any) -> str:
    """A cell as the mapping step shows it: a date cell at midnight, which is how a workbook holds a
    plain date, as that date ("2025-02-17", not "2025-02-17 00:00:00"); the proposal reads `_header_text`."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        return value.date().isoformat()
    return _header_text(value)


class _PlainRows:
    """The rows of a plain sheet, read one at a time by its mapping; what was left out, counted for the notes."""

    def __init__(self, book: SheetBook, name: str, incoming: IncomingWorkbook, mapping: SheetMapping) -> None:
        self.name, self.incoming, self.mapping = name, incoming, mapping
        self.rtype = RECORD_TYPES[mapping.entity or ""]
        self.wanted = list(mapping.field_columns().items())
        self.letters = {c.field: c.letter for c in mapping.columns if c.field is not None}
        self.title = mapping.field_columns().get(self.rtype.title_field)
        # what a row's kind is judged on: the columns with a header, not hidden or form metadata ones
        self.looked_at = {c.index for c in mapping.columns if c.reason not in (HIDDEN, KOBO)}
        self.headed = {c.index for c in mapping.columns}
        self.width = max(self.headed, default=-1) + 1
        self.gapless = len(self.headed) == self.width
        self.merged = book.merged(name)
        self.spans = _merged_rows(self.merged) if self.merged else {}
        self.top_values: dict[tuple[int, int], Any] = {}
        self.hidden_rows = set() if mapping.include_hidden else book.hidden_rows(name)
        self.last_row = book.last_row(name)
        self.empty_run = 0
        self.rows: list[DataRow] = []
        self.left: dict[str, list[int]] = defaultdict(list)  # why -> row numbers
        self.formulas: dict[str, int] = defaultdict(int)  # column letter -> formula cells read by their value
        self.unheaded: set[int] = set()  # columns without a header that hold values

    def row(self, number: int, row: list[Any]) -> bool:
        """Reads one row; False when the sheet has ended (a long run of empty rows past its last row)."""
        if number in self.hidden_rows:
            if any(v is not None for v in row):
                self.left["hidden"].append(number)
            return True
        if self.mapping.fill_down and self.merged:
            row = self._filled_down(number, row)
        values: dict[str, Any] = {}
        problems: list[CellProblem] = []
        width = len(row)
        for key, index in self.wanted:
            value = row[index] if index < width else None
            if value is None:
                continue
            if value.__class__ is Special:
                value = self._special(number, key, value, problems)
                if value is None:
                    continue
            values[key] = value
        if not values and not problems:
            self.empty_run += 1
            self._unheaded(row)
            # the declared dimension is not trusted; rows the sheet's XML really fills are all read
            return self.empty_run < EMPTY_ROWS_TO_STOP or number < self.last_row
        self.empty_run = 0
        kind = None if self._surely_a_record(values) else self._kind(number, row)
        if kind is not None:
            self.left[kind].append(number)
            return True
        self._unheaded(row)
        touched = (not self.mapping.fill_down and bool(self.merged)
                   and any(r1 <= number <= r2 for _c1, r1, _c2, r2 in self.merged))
        self.rows.append(DataRow(self.name, number, self.rtype.name, values, self.letters, problems, touched))
        return True

    def _special(self, number: int, key: str, value: Special, problems: list[CellProblem]) -> Any:
        text = value.text
        if value.kind == "f" and text.upper() in _BOOLEAN_FORMULAS:
            return _BOOLEAN_FORMULAS[text.upper()]  # how LibreOffice saves yes/no cells
        if value.kind == "f" and value.cached is not None:
            self.formulas[self.letters[key]] += 1
            return value.cached
        if value.kind == "f":
            problems.append(CellProblem(self.name, number, self.letters[key], Message(
                "a formula without a computed value; type the value itself, or open and save the file in Excel or "
                "LibreOffice")))
        else:
            problems.append(CellProblem(self.name, number, self.letters[key], Message("an error cell ({text})",
                                                                                      text=text)))
        return None

    def _surely_a_record(self, values: dict[str, Any]) -> bool:
        """A title that says no total, and another field: no total or section row (most rows, decided fast)."""
        title = values.get(self.rtype.title_field)
        return title.__class__ is str and len(values) > 1 and "tot" not in title[:12].lower()

    def _kind(self, number: int, row: list[Any]) -> str | None:
        cells = [_plain_cell(v) if i in self.looked_at or i not in self.headed else None
                 for i, v in enumerate(row[:MAX_COLUMNS])]
        filled = [i for i, v in enumerate(cells) if v is not None]
        spans = len(filled) == 1 and any(c1 - 1 == filled[0] and c2 > c1 and r1 <= number <= r2
                                         for c1, r1, c2, r2 in self.merged)
        return row_kind(cells, self.title, spans)

    def _unheaded(self, row: list[Any]) -> None:
        if self.gapless and len(row) <= self.width:
            return  # every column of the row has a header (most rows)
        for index, value in enumerate(row[:MAX_COLUMNS]):
            if value is not None and index not in self.headed:
                self.unheaded.add(index)

    def _filled_down(self, number: int, row: list[Any]) -> list[Any]:
        """A merged cell's value in every row it spans (its first column)."""
        row = list(row)
        for c1, r1, _c2, _r2 in self.spans.get(number, ()):
            index = c1 - 1
            if number == r1:
                self.top_values[(r1, c1)] = row[index] if index < len(row) else None
            elif index < len(row) and row[index] is None:
                row[index] = self.top_values.get((r1, c1))
            elif index >= len(row):
                row += [None] * (index - len(row)) + [self.top_values.get((r1, c1))]
        return row

    def finish(self) -> SheetMapping:
        """The rows read handed to the workbook; the mapping with what its rows showed, in grouped notes."""
        mapping = self._id_column_checked()
        notes = list(mapping.notes)
        if self.left["hidden"]:
            notes.append(Message('hidden {rows} left out (to import hidden rows and columns, set "include_hidden": '
                                 'true in the mapping)', rows=rows_text(self.left["hidden"])))
        if self.left[TOTAL]:
            rows = rows_text(self.left[TOTAL])
            if len(self.left[TOTAL]) == 1:
                notes.append(Message("{rows} is a total; left out", rows=rows))
            else:
                notes.append(Message("{rows} are totals; left out", rows=rows))
        if self.left[SECTION]:
            rows = rows_text(self.left[SECTION])
            if len(self.left[SECTION]) == 1:
                notes.append(Message("{rows} only names a section (a month, a region); left out", rows=rows))
            else:
                notes.append(Message("{rows} only name a section (a month, a region); left out", rows=rows))
        if self.formulas:
            count = sum(self.formulas.values())
            columns = ", ".join(sorted(self.formulas, key=lambda c: (len(c), c)))
            if count == 1:
                notes.append(Message("1 formula cell (column {columns}) imported as the value the spreadsheet last "
                                     "computed", columns=columns))
            elif len(self.formulas) == 1:
                notes.append(Message("{count} formula cells (column {columns}) imported as the value the spreadsheet "
                                     "last computed", count=count, columns=columns))
            else:
                notes.append(Message("{count} formula cells (columns {columns}) imported as the value the "
                                     "spreadsheet last computed", count=count, columns=columns))
        if self.unheaded:
            letters = ", ".join(get_column_letter(i + 1) for i in sorted(self.unheaded))
            if len(self.unheaded) == 1:
                notes.append(Message("column {letters} holds values but no header; left out (give the column a "
                                     "header to import it)", letters=letters))
            else:
                notes.append(Message("columns {letters} hold values but no header; left out (give the column a "
                                     "header to import it)", letters=letters))
        self.incoming.rows += self.rows
        return dataclasses.replace(mapping, notes=tuple(notes))

    def _id_column_checked(self) -> SheetMapping:
        """An Id column is ours only when its cells hold record ids: another's ids (1, 2, 3) are left out."""
        mapping = self.mapping
        column = next((c for c in mapping.columns if c.field == fmt.ID_KEY), None)
        if column is None or column.how == BY_PERSON:
            return mapping
        strange = next((clean_id(r.cells[fmt.ID_KEY]) for r in self.rows if fmt.ID_KEY in r.cells
                        and not is_uuid(clean_id(r.cells[fmt.ID_KEY]))), None)
        if strange is None:
            return mapping
        for r in self.rows:
            r.cells.pop(fmt.ID_KEY, None)
        reason = Message("holds values that are not record ids (e.g. '{value}')", value=strange)
        columns = tuple(dataclasses.replace(c, field=None, how=LEFT_OUT, reason=reason) if c is column else c
                        for c in mapping.columns)
        mapped = {c.field for c in columns if c.field is not None}
        key, key_note = proposed_key(self.rtype.name, mapped) if mapping.key == (fmt.ID_KEY,) else (mapping.key, "")
        notes = [n for n in mapping.notes if not (key_note and n.startswith(KEY_NOTE_START))]
        notes.append(Message("column {letter} '{header}' {reason}; left out", letter=column.letter,
                             header=column.header, reason=reason))
        if key_note:
            notes.append(key_note)
        return dataclasses.replace(mapping, columns=columns, key=key, notes=tuple(notes))


def _merged_rows(merged: list[tuple[int, int, int, int]]) -> dict[int, list[tuple[int, int, int, int]]]:
    by_row: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
    for span in merged:
        if span[3] > span[1]:
            for number in range(span[1], span[3] + 1):
                by_row[number].append(span)
    return by_row


def _plain_cell(value: Any) -> Any:
    if value.__class__ is Special:
        return value.cached
    if value.__class__ is str and not value.strip():
        return None
    return value


def clean_id(raw: Any) -> str:
    """A record id as a cell holds it: text, trimmed, lower case ("" when empty)."""
    return "" if raw is None else str(raw).strip().lower()


def _header_text(value: Any) -> str:
    if value is None or value.__class__ is Special:
        return ""
    return " ".join(str(value).split())


_BOOLEAN_FORMULAS = {"=TRUE()": True, "=FALSE()": False}


def _is_field_key(key: str) -> bool:
    return any(t.field(key) is not None for t in RECORD_TYPES.values())


def _entity_of(sheet_name: str, keys: list[str]) -> str | None:
    """The record type whose fields hold every key; the sheet's name settles a tie.

    The name matches a type when it is the type's key, label or plural, or when its words
    are all in the plural ("Activities" for "Joint activities"), e.g. "Activities (2)".
    """
    fitting = _fitting(keys)
    if len(fitting) == 1:
        return fitting[0]
    words = set(re.sub(r"\(\d+\)", " ", sheet_name).casefold().replace("_", " ").split())
    named = []
    for name in fitting:
        rtype = RECORD_TYPES[name]
        known = {name.replace("_", " "), rtype.plural.casefold(), rtype.label.casefold()}
        if " ".join(sorted(words)) in {" ".join(sorted(k.split())) for k in known} or (
            words and words <= set(rtype.plural.casefold().split())
        ):
            named.append(name)
    return named[0] if len(named) == 1 else None


def _fitting(keys: list[str]) -> list[str]:
    if not keys:
        return []
    return [name for name, t in RECORD_TYPES.items() if all(t.field(k) for k in keys)]


