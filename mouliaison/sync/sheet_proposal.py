"""The mapping proposed for a plain sheet, from its first rows, and a person's choices over it.

Header row (header_row), record type (sheet_type), column by column (column_names), row
identity (row_keys): each proposed, each overridden by what a person chose (SheetChoices).
Every column left out is named, with its reason, grouped by reason.
"""

from __future__ import annotations

from collections import defaultdict

from openpyxl.utils import get_column_letter

from mouliaison.domain.messages import FieldLabel, FieldLabels, Message, TypeLabel, TypeLabels
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.sync import workbook_format as fmt
from mouliaison.sync.column_names import is_hxl_row, kobo_columns, match, normal
from mouliaison.sync.header_row import HeaderRows, find_header
from mouliaison.sync.row_keys import MAP_ONE, proposed_key
from mouliaison.sync.sheet_mapping import (
    BY_PERSON,
    LEFT_OUT,
    ColumnChoice,
    MappingProblem,
    SheetChoices,
    SheetMapping,
)
from mouliaison.sync.sheet_type import choose, score_types

# Reasons a column is left out: Messages (the window translates them) that compare as their English.
HIDDEN = Message("a hidden column")
KOBO = Message("form metadata of a KoboToolbox/ODK export")
BY_MAPPING = Message("left out by the mapping")
SAME_FIELD = "the same field as"
MAP_HINT = Message("choose with `mouliaison import FILE --map MAPPING.json` (print one with --show-mapping)")


def plural(entity: str) -> str:
    return RECORD_TYPES[entity].plural.lower()


def columns_text(columns: list[ColumnChoice], most: int = 8) -> str:
    """"column F 'Notes'" or "columns F 'Notes', G 'No.' and 3 more"."""
    if len(columns) == 1:
        return Message("column {columns}", columns=_listed(columns, most))
    return Message("columns {columns}", columns=_listed(columns, most))


def _listed(columns: list[ColumnChoice], most: int = 8) -> str:
    """"F 'Notes', G 'No.' and 3 more"."""
    shown = ", ".join(f"{c.letter} '{c.header}'" if c.header else c.letter for c in columns[:most])
    return more_than(shown, len(columns) - most)


def more_than(shown: str, more: int) -> str:
    """`shown`, and how many more were not listed ("F, G and 3 more")."""
    return Message("{shown} and {count} more", shown=shown, count=more) if more > 0 else shown


def propose(sheet: str, texts: list[list[str]], hidden_columns: set[int],
            chosen: SheetChoices | None = None) -> SheetMapping:
    """The mapping of a sheet whose first rows, as text, are `texts`."""
    chosen = chosen or SheetChoices()
    include_hidden = bool(chosen.include_hidden)
    fill_down = bool(chosen.fill_down)
    if chosen.entity is not None and chosen.entity not in RECORD_TYPES:
        raise MappingProblem(f"sheet '{sheet}' in the mapping file: \"{chosen.entity}\" is not a record type; "
                             f"use one of {', '.join(RECORD_TYPES)}")
    rows = _header_rows(texts, chosen.header_row)
    if rows.header < 0:
        return SheetMapping(sheet, None, 0, 1, notes=(Message("the sheet is empty"),))
    headers, hxl = _headers(texts, rows)
    notes: list[str] = []
    above = [i + 1 for i in range(rows.header) if any(texts[i])]
    if above:
        notes.append(Message("the header is row {header}; {above} above it (a title) not imported",
                             header=str(rows.header + 1), above=rows_text(above)))
    if rows.hxl is not None and rows.hxl != rows.header:
        notes.append(Message("row {row} holds HXL hashtags: used to match the columns, not imported",
                             row=str(rows.hxl + 1)))
    kobo = kobo_columns(headers)
    person = {normal(h): f for h, f in chosen.columns.items()}
    left_by_person = {i for i, h in enumerate(headers) if normal(h) in person and person[normal(h)] is None}
    scores = score_types(sheet, headers, hxl, kobo | left_by_person)
    shown_scores = tuple((s.entity, s.score) for s in scores if s.columns or s.named)
    base = dict(sheet=sheet, header_row=rows.header + 1, first_data_row=rows.first_data + 1,
                include_hidden=include_hidden, fill_down=fill_down, scores=shown_scores)
    if chosen.skip:
        return SheetMapping(entity=None, columns=_unread(headers, hxl, BY_MAPPING),
                            notes=(*notes, Message('left out by the mapping ("type": null)')), **base)  # type: ignore[arg-type]
    entity = chosen.entity
    if entity is None:
        entity, could_be = choose(scores)
        if entity is None:
            unknown = Message("the sheet's record type is not known")
            return SheetMapping(entity=None, columns=_unread(headers, hxl, unknown),
                                notes=(*notes, _unknown_type(sheet, could_be)), **base)  # type: ignore[arg-type]
    columns = _columns(sheet, entity, headers, hxl, person, kobo, set() if include_hidden else hidden_columns)
    notes += _column_notes(entity, columns)
    shown = {normal(h) for h in headers}
    absent = [h for h in chosen.columns if normal(h) not in shown]
    if absent:
        names = ", ".join(repr(h) for h in absent)
        if len(absent) == 1:
            notes.append(Message("the mapping names column {names}, which the sheet does not have (in row {row}); "
                                 "ignored", names=names, row=str(rows.header + 1)))
        else:
            notes.append(Message("the mapping names columns {names}, which the sheet does not have (in row {row}); "
                                 "ignored", names=names, row=str(rows.header + 1)))
    mapped = {c.field for c in columns if c.field is not None}
    rtype = RECORD_TYPES[entity]
    missing = [f for f in rtype.fields if f.required and f.key not in mapped]
    lacking = [f.label for f in missing if f.default is None]
    if lacking and fmt.ID_KEY not in mapped:
        needs, types = FieldLabels(lacking), TypeLabel(plural(entity))
        if len(lacking) == 1:
            said = Message("read as {types} it has no column for {needs}, which every one needs; not read. Add the "
                           "column, or {hint}", types=types, needs=needs, hint=MAP_HINT)
        else:
            said = Message("read as {types} it has no column for {needs}, which every one needs; not read. Add the "
                           "columns, or {hint}", types=types, needs=needs, hint=MAP_HINT)
        return SheetMapping(entity=None, columns=columns, notes=(*notes, said), chosen_entity=chosen.entity,
                            **base)  # type: ignore[arg-type]
    for f in missing:
        if f.default is not None and fmt.ID_KEY not in mapped:
            notes.append(Message("no {field} column: every row will be '{value}'; add a {field} column or {hint}",
                                 field=FieldLabel(f.label), value=f.default, hint=MAP_ONE))
    if chosen.key is not None:
        unknown = [k for k in chosen.key if k != fmt.ID_KEY and rtype.field(k) is None]
        if unknown:
            raise MappingProblem(f"sheet '{sheet}' in the mapping file: \"key\" names {', '.join(unknown)}, "
                                 f"not fields of {plural(entity)}; use field keys such as "
                                 f"{', '.join(f.key for f in rtype.fields[:3])}")
        key, key_note = chosen.key, Message("rows are known again by {keys} (chosen)", keys=" + ".join(chosen.key))
    else:
        key, key_note = proposed_key(entity, mapped)
    notes.append(key_note)
    return SheetMapping(entity=entity, columns=columns, key=tuple(key), notes=tuple(notes), **base)  # type: ignore[arg-type]


def _header_rows(texts: list[list[str]], chosen_row: int | None) -> HeaderRows:
    if chosen_row is None:
        return find_header(texts)
    index = chosen_row - 1
    if index >= len(texts):
        raise MappingProblem(f"the mapping file's \"header_row\" {chosen_row} is past the rows the sheet's "
                             f"header may be in (1 to {len(texts)})")
    if is_hxl_row(texts[index]):
        return HeaderRows(index, index)
    below = index + 1
    return HeaderRows(index, below if below < len(texts) and is_hxl_row(texts[below]) else None)


def _headers(texts: list[list[str]], rows: HeaderRows) -> tuple[list[str], list[str]]:
    header = list(texts[rows.header])
    hxl = list(texts[rows.hxl]) if rows.hxl is not None else []
    width = max(len(header), len(hxl))
    header += [""] * (width - len(header))
    hxl += [""] * (width - len(hxl))
    if rows.hxl == rows.header:  # only hashtags: they are the headers too
        return header, hxl
    above = texts[rows.header - 1] if rows.header > 0 else []
    if sum(1 for a in above if a) >= 2:  # a header on two rows ("Dates" over "Start", "End"; "Title" merged down)
        header = [h or (above[i] if i < len(above) else "") for i, h in enumerate(header)]
        header += above[len(header):]
        hxl += [""] * (len(header) - len(hxl))
    return [h or t for h, t in zip(header, hxl, strict=True)], hxl


def _unread(headers: list[str], hxl: list[str], reason: str) -> tuple[ColumnChoice, ...]:
    return tuple(ColumnChoice(i, get_column_letter(i + 1), h, None, LEFT_OUT, reason, hxl[i] if hxl else "")
                 for i, h in enumerate(headers) if h)


def _columns(sheet: str, entity: str, headers: list[str], hxl: list[str], person: dict[str, str | None],
             kobo: set[int], hidden: set[int]) -> tuple[ColumnChoice, ...]:
    rtype = RECORD_TYPES[entity]
    found: dict[int, ColumnChoice] = {}
    taken: dict[str, ColumnChoice] = {}

    def put(index: int, key: str | None, how: str, reason: str = "") -> None:
        choice = ColumnChoice(index, get_column_letter(index + 1), headers[index], key, how, reason,
                              hxl[index] if hxl else "")
        found[index] = choice
        if key is not None:
            taken[key] = choice

    for index, header in enumerate(headers):  # a person's choices first: they win a field
        if header and normal(header) in person:
            key = person[normal(header)]
            if key is not None and key not in fmt.LEADING_KEYS and rtype.field(key) is None:
                raise MappingProblem(
                    f"sheet '{sheet}' in the mapping file: column '{header}' is mapped to \"{key}\", which is not "
                    f"a field of {plural(entity)}; use one of {', '.join(f.key for f in rtype.fields)}, or null "
                    "to leave it out")
            if key is not None and key in taken:
                raise MappingProblem(f"sheet '{sheet}' in the mapping file: columns '{taken[key].header}' and "
                                     f"'{header}' are both mapped to \"{key}\"; map one of them to null")
            put(index, key, BY_PERSON if key is not None else LEFT_OUT, BY_MAPPING if key is None else "")
    for index, header in enumerate(headers):
        if index in found or not header:
            continue
        if index in kobo:
            put(index, None, LEFT_OUT, KOBO)
            continue
        if index in hidden:
            put(index, None, LEFT_OUT, HIDDEN)
            continue
        matched = match(entity, header, hxl[index] if hxl else "")
        if matched is None:
            put(index, None, LEFT_OUT, Message("matches no field of {types}", types=TypeLabel(plural(entity))))
        elif matched[0] in taken:
            first = taken[matched[0]]
            label = rtype.field(matched[0]).label if rtype.field(matched[0]) else matched[0]  # type: ignore[union-attr]
            put(index, None, LEFT_OUT, Message("the same field as column {letter} '{header}' ({label})",
                                               letter=first.letter, header=first.header, label=FieldLabel(label)))
        else:
            put(index, *matched)
    return tuple(found[i] for i in sorted(found))


def _column_notes(entity: str, columns: tuple[ColumnChoice, ...]) -> list[str]:
    by_reason: dict[str, list[ColumnChoice]] = defaultdict(list)
    for c in columns:
        if c.field is None:
            by_reason[c.reason].append(c)
    notes = []
    for reason, group in by_reason.items():
        if reason == HIDDEN:
            if len(group) == 1:
                notes.append(Message("column {columns} is hidden; left out (to import hidden columns and rows, set "
                                     '"include_hidden": true in the mapping)', columns=_listed(group)))
            else:
                notes.append(Message("columns {columns} are hidden; left out (to import hidden columns and rows, set "
                                     '"include_hidden": true in the mapping)', columns=_listed(group)))
        elif reason == KOBO:
            notes.append(Message("{columns}: {reason}; left out", columns=columns_text(group), reason=KOBO))
        elif reason.startswith(SAME_FIELD):
            notes += [Message("{column} would fill {reason}; left out", column=columns_text([c]), reason=c.reason)
                      for c in group]
        elif reason.startswith("matches no field"):
            if len(group) == 1:
                notes.append(Message("column {columns} matches no field of {types}; left out",
                                     columns=_listed(group), types=TypeLabel(plural(entity))))
            else:
                notes.append(Message("columns {columns} match no field of {types}; left out",
                                     columns=_listed(group), types=TypeLabel(plural(entity))))
        elif reason == BY_MAPPING:
            notes.append(Message("{columns}: {reason}", columns=columns_text(group), reason=reason))
        else:
            notes.append(Message("{columns}: {reason}; left out", columns=columns_text(group), reason=reason))
    return notes


def _unknown_type(sheet: str, could_be: list[str]) -> str:
    if len(could_be) > 1:
        return Message("its columns fit several record types ({kinds}); name the sheet after one of them, e.g. "
                       "'{example}', or {hint}; not read", kinds=TypeLabels(plural(e) for e in could_be),
                       example=RECORD_TYPES[could_be[0]].plural, hint=MAP_HINT)
    if could_be:
        return Message("its columns do not match one record type (closest: {closest}); name the sheet after the "
                       "records it holds, e.g. 'Joint activities', or {hint}; not read",
                       closest=TypeLabel(plural(could_be[0])), hint=MAP_HINT)
    return Message("its columns do not match one record type; name the sheet after the records it holds, e.g. "
                   "'Joint activities', or {hint}; not read", hint=MAP_HINT)


def rows_text(numbers: list[int], most: int = 12) -> str:
    """"row 4", "rows 2–3, 7" (runs joined)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    shown = more_than(", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs[:most]), len(runs) - most)
    if len(numbers) == 1:
        return Message("row {rows}", rows=shown)
    return Message("rows {rows}", rows=shown)


