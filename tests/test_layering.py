"""The layers of ARCHITECTURE.md, one direction: checked on every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "mouliaison"

# layer -> packages it must not import
FORBIDDEN = {
    "domain": ("mouliaison.store", "mouliaison.sync", "mouliaison.privacy", "mouliaison.services",
               "mouliaison.ui", "mouliaison.cli", "mouliaison.app", "sqlalchemy", "alembic"),
    "store": ("mouliaison.sync", "mouliaison.privacy", "mouliaison.services", "mouliaison.ui",
              "mouliaison.cli", "mouliaison.app"),
    "sync": ("mouliaison.privacy", "mouliaison.services", "mouliaison.ui", "mouliaison.cli", "mouliaison.app"),
    "privacy": ("mouliaison.services", "mouliaison.ui", "mouliaison.cli", "mouliaison.app"),
    "services": ("mouliaison.ui", "mouliaison.cli", "mouliaison.app"),
    # the window reaches the database through services only
    "ui": ("sqlalchemy", "alembic", "mouliaison.store", "mouliaison.sync", "mouliaison.cli"),
}
QT = ("PySide6", "shiboken6")


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts or p.name == "env.py")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_respects_the_layers(path: Path):
    relative = path.relative_to(PACKAGE)
    layer = relative.parts[0] if len(relative.parts) > 1 else relative.stem
    found = imports(path)
    if layer not in ("ui", "app"):
        assert not [n for n in found if n.startswith(QT)], f"{relative} imports Qt outside ui/ and app.py"
    for name in found:
        assert not name.startswith(FORBIDDEN.get(layer, ())), f"{relative} ({layer}) imports {name}"


def test_command_line_starts_without_qt():
    import subprocess
    import sys

    code = "import sys, mouliaison.cli; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
