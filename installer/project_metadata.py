"""What the builds need to know about the project, read from pyproject.toml and the package.

The PyInstaller spec, build.py and the packages all take the name and version from here. The
version is written once, as `__version__` in mouliaison/__init__.py: pyproject.toml declares it
dynamic and setuptools reads that same line, as this module does (without importing the
package). No third-party imports: the spec runs this inside PyInstaller, build.py before
anything is checked.
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mouliaison"
ICON_SVG = PACKAGE / "resources" / "mouliaison.svg"
TRANSLATIONS = PACKAGE / "resources" / "translations"
MIGRATIONS = PACKAGE / "store" / "migrations"

WINDOW_EXECUTABLE = "mouliaison"  # windowed on Windows (no console appears)
CONSOLE_EXECUTABLE = "mouliaison-cli"  # the command line, with a console on Windows


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str


def read_project(pyproject: Path = ROOT / "pyproject.toml", package_init: Path = PACKAGE / "__init__.py") -> Project:
    """Name and description from [project], the version from the package; a clear error if one is missing."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    missing = [key for key in ("name", "description") if not project.get(key)]
    if missing:
        raise SystemExit(f"{pyproject}: [project] has no {', '.join(missing)}; the builds need them")
    if "version" in project or "version" not in project.get("dynamic", []):
        raise SystemExit(f"{pyproject}: the version must be dynamic (dynamic = [\"version\"]), read from "
                         f"__version__ in {package_init.name}, so that it is written in one place")
    return Project(project["name"], package_version(package_init), project["description"])


def package_version(package_init: Path = PACKAGE / "__init__.py") -> str:
    """The string assigned to `__version__` in the package's __init__.py, read without running it."""
    tree = ast.parse(package_init.read_text(encoding="utf-8"), filename=str(package_init))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and [getattr(target, "id", None) for target in node.targets] == ["__version__"]
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            return node.value.value
    raise SystemExit(f"{package_init}: no `__version__ = \"x.y.z\"` line; the builds and pyproject.toml read it there")


def shipped_languages(translations: Path = TRANSLATIONS) -> list[str]:
    """The languages we ship a compiled translation for (mouliaison_fr.qm -> 'fr'), sorted."""
    return sorted(path.stem.split("_", 1)[1] for path in translations.glob("mouliaison_*.qm"))
