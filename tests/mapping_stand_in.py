"""Until the reader proposes a mapping for every plain sheet (branch `mapping`), `mapped_reader`
stands in for that part of it: the real reader reads the file, then each plain sheet gets a
mapping built from its header row, and a person's choices rename or leave out the cells read.
Once the reader takes a person's choices itself, the stand-in steps aside: the tests then run
on the real reader (their expectations hold for both).
"""

from __future__ import annotations

import inspect
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.services import exchange
from mouliaison.sync import reader
from mouliaison.sync.progress import no_progress
from mouliaison.sync.sheet_mapping import BY_LABEL, BY_PERSON, LEFT_OUT, ColumnChoice, MappingFile, SheetMapping


def install(setattr) -> list[MappingFile | None]:
    """Puts the stand-in in place of the services' reader; returns the choices each read was given."""
    given: list[MappingFile | None] = []
    real = reader.read_workbook
    proposes = "choices" in inspect.signature(real).parameters
    labels = {name.casefold(): f.key for f in RECORD_TYPES["activity"].fields for name in (f.key, f.label)}

    def read(path: Path, progress=no_progress, choices: MappingFile | None = None):
        given.append(choices)
        if proposes:  # the real reader maps plain sheets itself
            return real(path, progress, choices)
        incoming = real(path, progress)
        if incoming.ours:
            return incoming
        for sheet in openpyxl.load_workbook(path, read_only=True).worksheets:
            headers = [str(c) for c in next(sheet.iter_rows(max_row=1, values_only=True))]
            columns = [ColumnChoice(i, get_column_letter(i + 1), h, labels.get(h.casefold()),
                                    BY_LABEL if h.casefold() in labels else LEFT_OUT,
                                    "" if h.casefold() in labels else "no field of that name")
                       for i, h in enumerate(headers)]
            proposed = SheetMapping(sheet.title, "activity", 1, 2, tuple(columns), key=("title",),
                                    scores=(("activity", 0.9), ("meeting", 0.4)))
            choice = choices.for_sheet(sheet.title, proposed.layout()) if choices else None
            if choice is not None:
                chosen = [ColumnChoice(c.index, c.letter, c.header, choice.columns.get(c.header, c.field),
                                       BY_PERSON if c.header in choice.columns else c.how) for c in columns]
                renamed = {c.field: n.field for c, n in zip(columns, chosen, strict=True) if c.field}
                for row in incoming.rows:
                    row.cells = {renamed[k]: v for k, v in row.cells.items() if renamed.get(k)}
                proposed = SheetMapping(sheet.title, "activity", 1, 2, tuple(chosen), key=("title",))
            incoming.mappings[sheet.title] = proposed
        return incoming

    setattr(exchange, "read_workbook", read)
    return given


@pytest.fixture
def mapped_reader(monkeypatch) -> list[MappingFile | None]:
    return install(monkeypatch.setattr)
