"""The notes a plain sheet's reading leaves, one per sheet or record type rather than one per row
(sync/hand_edits reads the rows; what it set aside is said here, with what to do about it)."""

from __future__ import annotations

from collections.abc import Mapping

from mouliaison.domain.messages import Message, TypeLabel
from mouliaison.domain.record_types import RECORD_TYPES, RecordType
from mouliaison.sync.grouped_report import row_ranges, rows_phrase
from mouliaison.sync.names_in_cells import why_not_creatable
from mouliaison.sync.row_identity import describe_key


def reading_notes(
    *, not_imported: Mapping[str, list[int]], partly: Mapping[str, list[int]], stale_unsaved: int,
    repeats: Mapping[str, tuple[RecordType, tuple[str, ...], list[int]]], keyless: Mapping[str, list[int]],
    deleted_here: Mapping[str, list[int]], unknown: Mapping[str, Mapping[str, str]],
    created: Mapping[str, Mapping[str, str]],
) -> list[str]:
    """Per sheet: rows not imported, or imported without cells, for their refused cells; rows
    repeating an earlier one, rows without a key, rows of records deleted here. Per type: names
    held nowhere, records made from names. `stale_unsaved`: rows read as an older copy's because
    the file holds no time it was saved (a CSV file)."""
    notes: list[str] = []
    for sheet, rows in sorted(not_imported.items()):
        ordered = sorted(set(rows))
        if len(ordered) == 1:
            notes.append(Message("{sheet} row {rows}: not imported because of their rejected cells; fix those "
                                 "cells and import the sheet again (the rows imported now will not come twice)",
                                 sheet=sheet, rows=str(ordered[0])))
        else:
            notes.append(Message("{sheet} rows {rows}: not imported because of their rejected cells; fix those "
                                 "cells and import the sheet again (the rows imported now will not come twice)",
                                 sheet=sheet, rows=row_ranges(ordered)))
    for sheet, rows in sorted(partly.items()):
        notes.append(_partly_note(sheet, rows))
    if stale_unsaved:
        notes.append(Message("{count} rows differ from what a copy of these sheets read before said, and this file "
                             "holds no time it was saved (a CSV file does not), so it reads as the older copy: "
                             "those cells were not taken. To take them, save the file as .xlsx or .ods "
                             "and import that", count=stale_unsaved))
    for sheet, (rtype, key, rows) in sorted(repeats.items()):
        notes.append(Message("{sheet} {rows}: the same {key} as an earlier row, and the same in every column "
                             "read (one record on several rows, e.g. a month or an indicator each): read once",
                             sheet=sheet, rows=rows_phrase(rows), key=describe_key(rtype, key)))
    for sheet, rows in sorted(keyless.items()):
        notes.append(Message("{sheet} {rows}: their key cells are empty, so nothing tells these rows apart when "
                             "the sheet is sent again: they will be imported again then; fill in the key cells "
                             "(or choose other key columns)", sheet=sheet, rows=rows_phrase(rows)))
    for sheet, rows in sorted(deleted_here.items()):
        notes.append(Message("{sheet} {rows}: their records were deleted here; not imported again",
                             sheet=sheet, rows=rows_phrase(rows)))
    for entity, names in sorted(unknown.items()):
        notes.append(_unknown_names_note(RECORD_TYPES[entity], list(names.values())))
    for entity, made in sorted(created.items()):
        rtype, count = RECORD_TYPES[entity], len(made)
        kind = TypeLabel((rtype.label if count == 1 else rtype.plural).lower())
        notes.append(Message("{count} {type} made from the names in the sheets (create_missing): {names}",
                             count=count, type=kind, names=", ".join(sorted(made.values()))))
    return notes


def _partly_note(sheet: str, rows: list[int]) -> Message:
    ordered = sorted(set(rows))
    if len(ordered) == 1:
        return Message("{sheet} row {rows}: imported without its rejected cells; fix those cells (or the mapping) and "
                       "import the sheet again: the row completes its record, it does not come twice",
                       sheet=sheet, rows=str(ordered[0]))
    return Message("{sheet} rows {rows}: imported without their rejected cells; fix those cells (or the mapping) and "
                   "import the sheet again: the rows complete their records, they do not come twice",
                   sheet=sheet, rows=row_ranges(ordered))


def _unknown_names_note(rtype: RecordType, names: list[str]) -> Message:
    """'2 parties are not held here: A, B: add them first, or import with create_missing'."""
    listed, why, count = ", ".join(names), why_not_creatable(rtype), len(names)
    one = count == 1
    kind = TypeLabel((rtype.label if one else rtype.plural).lower())
    if why and one:
        return Message("{count} {type} is not held here: {names}: add it first ({why})",
                       count=count, type=kind, names=listed, why=why)
    if why:
        return Message("{count} {type} are not held here: {names}: add them first ({why})",
                       count=count, type=kind, names=listed, why=why)
    if one:
        return Message("{count} {type} is not held here: {names}: add it first, or import with create_missing",
                       count=count, type=kind, names=listed)
    return Message("{count} {type} are not held here: {names}: add them first, or import with create_missing",
                   count=count, type=kind, names=listed)
