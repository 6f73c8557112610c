"""What the builds need to know about the project, read from pyproject.toml and the package.

The PyInstaller spec, build.py and the packages all take the name and version from here, so a
release changes them in one place (pyproject.toml). No third-party imports: the spec runs this
inside PyInstaller, build.py before anything is checked.
"""

from __future__ import annotations

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


def read_project(pyproject: Path = ROOT / "pyproject.toml") -> Project:
    """Name, version and description from [project]; a clear error if one is missing."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    missing = [key for key in ("name", "version", "description") if not project.get(key)]
    if missing:
        raise SystemExit(f"{pyproject}: [project] has no {', '.join(missing)}; the builds need them")
    return Project(project["name"], project["version"], project["description"])


def shipped_languages(translations: Path = TRANSLATIONS) -> list[str]:
    """The languages we ship a compiled translation for (mouliaison_fr.qm -> 'fr'), sorted."""
    return sorted(path.stem.split("_", 1)[1] for path in translations.glob("mouliaison_*.qm"))
