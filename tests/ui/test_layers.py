"""Qt stays in ui/ and app.py; the UI reaches the database through services only."""

from __future__ import annotations

import ast
from pathlib import Path

import mouliaison

PACKAGE = Path(mouliaison.__file__).parent


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def test_qt_is_imported_only_in_ui_and_app() -> None:
    allowed = {PACKAGE / "app.py"}
    leaks = [
        str(p.relative_to(PACKAGE))
        for p in modules()
        if p not in allowed
        and "ui" not in p.relative_to(PACKAGE).parts
        and any(m.split(".")[0] in {"PySide6", "shiboken6"} for m in imported_modules(p))
    ]
    assert leaks == []


def test_the_ui_holds_no_sessions() -> None:
    ui = [p for p in modules() if "ui" in p.relative_to(PACKAGE).parts]
    assert ui
    for path in ui:
        found = {
            m for m in imported_modules(path) if m.split(".")[0] == "sqlalchemy" or m.startswith("mouliaison.store")
        }
        assert found == set(), f"{path.name} imports {found}"
