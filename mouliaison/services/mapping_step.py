"""File ▸ Import's mapping step: for each plain sheet of a prepared import, its proposed mapping,
a few of each column's values, and its first rows as they would be stored; and a person's changes
turned back into choices for `exchange.replan_file`.

The window reaches the mapping's shapes (sync/sheet_mapping.py) through here, as it reaches
everything under services.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import ValueProblem, display
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.services.database import Database
from mouliaison.services.exchange import PreparedImport
from mouliaison.store import queries
from mouliaison.sync.cells import cell_value
from mouliaison.sync.row_keys import (  # the command line's hints: the window words its own
    KEY_HINT,
    KEY_HINT_SOME,
    MAP_ONE,
)
from mouliaison.sync.sheet_mapping import ColumnChoice, MappingFile, SheetChoices, SheetMapping
from mouliaison.sync.sheet_proposal import MAP_HINT

__all__ = ["KEY_HINT", "KEY_HINT_SOME", "MAP_HINT", "MAP_ONE", "ColumnChoice", "MappingFile", "PreviewCell",
           "PreviewRow", "SheetChoices", "SheetMapping", "SheetStep", "chosen", "file_choices", "mapping_steps"]

PREVIEW_ROWS = 8


@dataclass(frozen=True)
class PreviewCell:
    text: str  # the value as it would be stored, as the window shows it
    problem: str = ""  # why the cell is rejected ("" when it is not)


@dataclass(frozen=True)
class PreviewRow:
    row: int  # as the sheet numbers it
    cells: Mapping[str, PreviewCell]  # field key -> cell
    quarantined: str = ""  # why the whole row is not imported


@dataclass
class SheetStep:
    path: Path
    mapping: SheetMapping
    samples: dict[int, list[str]] = field(default_factory=dict)  # column index -> a few values
    preview: list[PreviewRow] = field(default_factory=list)


def mapping_steps(db: Database, prepared: PreparedImport, paths: Sequence[Path] | None = None) -> list[SheetStep]:
    """One step per plain sheet of the files (`paths`: only those), in the files' order."""
    with db.reading() as session:
        vocab = queries.load_vocabularies(session)
    reports = {r.file: r for r in (prepared.plan.files if prepared.plan else [])}
    steps: list[SheetStep] = []
    for incoming in prepared.workbooks:
        if paths is not None and incoming.path not in paths:
            continue
        report = reports.get(str(incoming.path))
        samples = incoming.samples  # taken by the reader from the sheet's first rows: no second read
        for name, mapping in incoming.mappings.items():
            step = SheetStep(incoming.path, mapping, samples.get(name, {}))
            rows = [r for r in incoming.rows if r.sheet == name][:PREVIEW_ROWS]
            rejected = {(p.sheet, p.row, p.column): p.reason for _t, p in report.rejected} if report else {}
            quarantined = {(p.sheet, p.row): p.reason for _t, p in report.quarantined} if report else {}
            for row in rows:
                cells = {key: _preview_cell(mapping.entity, key, raw, vocab,
                                            rejected.get((name, row.row, row.columns.get(key, ""))))
                         for key, raw in row.cells.items() if not key.startswith("_")}
                step.preview.append(PreviewRow(row.row, cells, quarantined.get((name, row.row), "")))
            steps.append(step)
    return steps


def _preview_cell(
    entity: str | None, key: str, raw: object, vocab: VocabularyIndex, rejected: str | None
) -> PreviewCell:
    rtype = RECORD_TYPES.get(entity or "")
    field_ = rtype.field(key) if rtype else None
    if field_ is None:
        return PreviewCell(str(raw), rejected or "")
    try:
        value = cell_value(field_, raw)
    except ValueProblem as exc:
        return PreviewCell(str(raw), str(exc))
    if field_.vocabulary is not None and isinstance(value, str):
        code = vocab.lookup(field_.vocabulary, value)
        value = vocab.label(field_.vocabulary, code) if code else value
    elif field_.vocabulary is not None and isinstance(value, tuple):
        value = tuple(vocab.label(field_.vocabulary, c) for c in
                      (vocab.lookup(field_.vocabulary, v) or v for v in value))
    return PreviewCell(display(value), rejected or "")


def chosen(mapping: SheetMapping, *, entity: str | None, header_row: int, columns: Mapping[str, str | None],
           key: Sequence[str], include_hidden: bool, fill_down: bool) -> SheetChoices:
    """What a person set in the mapping step, as the reader takes it."""
    return SheetChoices(entity=entity, header_row=header_row, columns=dict(columns), key=tuple(key),
                        include_hidden=include_hidden, fill_down=fill_down, skip=entity is None)


def file_choices(steps: Sequence[SheetStep], path: Path, changed: Mapping[str, SheetChoices]) -> MappingFile:
    """The choices for every plain sheet of `path`: the changed ones as set, the others as they map now."""
    sheets: dict[str, SheetChoices] = {}
    for step in steps:
        if step.path == path:
            m = step.mapping
            sheets[m.sheet] = changed.get(m.sheet) or chosen(
                m, entity=m.entity or m.chosen_entity, header_row=m.header_row,
                columns={c.header: c.field for c in m.columns if c.header}, key=m.key,
                include_hidden=m.include_hidden, fill_down=m.fill_down)
    return MappingFile(sheets=sheets)
