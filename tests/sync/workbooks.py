"""Helpers for tests that edit real workbooks as a person would in Excel (through openpyxl)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from mouliaison.services import exchange
from mouliaison.services.database import Database
from mouliaison.sync import workbook_format as fmt

ACTIVITIES = "Joint activities"


def export(db: Database, path: Path, **kw: Any) -> Path:
    exchange.export_workbook(db, path, **kw)
    return path


def edited(source: Path, target: Path, change) -> Path:
    """A copy of `source` changed by `change(book)` and saved, as Excel would."""
    book = openpyxl.load_workbook(source)
    change(book)
    book.save(target)
    return target


def put(cell, value: Any) -> None:
    """Type a value into a cell; text that starts with '=' stays text (TRAPS.md)."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def column(ws, key: str) -> int:
    for col in range(1, ws.max_column + 1):
        if ws.cell(fmt.KEY_ROW, col).value == key:
            return col
    raise AssertionError(f"no column {key} on {ws.title}")


def row_of(ws, record_id: str) -> int:
    id_col = column(ws, "_id")
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, id_col).value == record_id:
            return row
    raise AssertionError(f"{record_id} not on {ws.title}")


def cell(ws, record_id: str, key: str):
    return ws.cell(row_of(ws, record_id), column(ws, key))


def import_ok(db: Database, *paths: Path, dry_run: bool = False) -> exchange.ImportResult:
    """Import files that must not be refused."""
    result = exchange.import_workbooks(db, list(paths), dry_run=dry_run, trust_new_keys=True)
    assert not result.refused, result.refused
    return result
