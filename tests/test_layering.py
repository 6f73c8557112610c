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
    # the store owns all SQL: a use case calls its functions, never builds a query (issue 15 #2)
    "services": ("mouliaison.ui", "mouliaison.cli", "mouliaison.app", "sqlalchemy", "alembic",
                 "mouliaison.store.schema"),
    # the window reaches the database through services only
    "ui": ("sqlalchemy", "alembic", "mouliaison.store", "mouliaison.sync", "mouliaison.cli"),
}
QT = ("PySide6", "shiboken6")
# modules a rule does not reach yet, each with the reason; the list only shrinks
NOT_YET: dict[str, tuple[str, ...]] = {}


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts or p.name == "env.py")


def violations(path: Path, package: Path = PACKAGE) -> list[str]:
    """What `path` imports that its layer must not (a module of `package`)."""
    relative = path.relative_to(package)
    layer = relative.parts[0] if len(relative.parts) > 1 else relative.stem
    found = imports(path)
    problems = []
    if layer not in ("ui", "app"):
        problems += [f"{relative} imports Qt ({n}) outside ui/ and app.py" for n in sorted(found) if n.startswith(QT)]
    allowed = NOT_YET.get(relative.as_posix(), ())
    for name in sorted(found):
        if name.startswith(FORBIDDEN.get(layer, ())) and not name.startswith(allowed):
            problems.append(f"{relative} ({layer}) imports {name}")
    return problems


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_respects_the_layers(path: Path):
    assert violations(path) == []


def test_a_service_that_queries_the_database_itself_is_caught(tmp_path: Path):
    services = tmp_path / "mouliaison" / "services"
    services.mkdir(parents=True)
    (services / "sneaky.py").write_text(
        "import sqlalchemy.exc\nfrom sqlalchemy import select\nfrom mouliaison.store.schema import VersionRow\n"
        "from mouliaison.store import queries\nfrom mouliaison.store.session import Session\n", encoding="utf-8")
    found = violations(services / "sneaky.py", tmp_path / "mouliaison")
    assert found == ["services/sneaky.py (services) imports mouliaison.store.schema",
                     "services/sneaky.py (services) imports sqlalchemy",
                     "services/sneaky.py (services) imports sqlalchemy.exc"]
    (services / "keys.py").write_text("from sqlalchemy import select\nimport alembic\n", encoding="utf-8")
    assert violations(services / "keys.py", tmp_path / "mouliaison") == [  # no module is excused any more
        "services/keys.py (services) imports alembic", "services/keys.py (services) imports sqlalchemy"]


def test_every_exception_is_still_needed():
    """A module that no longer imports what it was excused for loses its excuse."""
    for relative, names in NOT_YET.items():
        found = imports(PACKAGE / relative)
        for name in names:
            assert any(n.startswith(name) for n in found), f"{relative} no longer imports {name}: take it off NOT_YET"


def test_command_line_starts_without_qt():
    import subprocess
    import sys

    code = "import sys, mouliaison.cli; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
