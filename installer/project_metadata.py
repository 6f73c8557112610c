"""What the builds need to know about the project, read from pyproject.toml and the package.

The PyInstaller spec, build.py and the packages all take the name and version from here. The
version is written once, as `__version__` in mouliaison/__init__.py: pyproject.toml declares it
dynamic and setuptools reads that same line, as this module does (without importing the
package). No third-party imports: the spec runs this inside PyInstaller, build.py before
anything is checked.
"""

from __future__ import annotations

import ast
import datetime
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mouliaison"
ICON_SVG = PACKAGE / "resources" / "mouliaison.svg"
TRANSLATIONS = PACKAGE / "resources" / "translations"
MIGRATIONS = PACKAGE / "store" / "migrations"
RELEASES = ROOT / "installer" / "releases.toml"

# The AppStream component id (reverse-DNS, as AppStream asks of desktop applications); the menu
# entry keeps its plain name, mouliaison.desktop, named in the metainfo as the launchable.
APPSTREAM_ID = "org.mouliaison.mouliaison"

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


@dataclass(frozen=True)
class Release:
    version: str
    date: datetime.date
    notes: tuple[str, ...]


def read_releases(project: Project, path: Path = RELEASES) -> list[Release]:
    """The releases in installer/releases.toml, newest first; the newest must be `project`'s version."""
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("release", [])
    releases = []
    for number, entry in enumerate(entries, start=1):
        version, date, notes = entry.get("version"), entry.get("date"), entry.get("notes")
        if not isinstance(version, str) or not isinstance(date, datetime.date) or isinstance(date, datetime.datetime) \
                or not isinstance(notes, list) or not notes or not all(isinstance(n, str) and n for n in notes):
            raise SystemExit(f"{path}: release {number} needs version = \"x.y.z\", date = YYYY-MM-DD and "
                             "notes = [\"a sentence\", ...]")
        releases.append(Release(version, date, tuple(notes)))
    if not releases:
        raise SystemExit(f"{path}: no [[release]]; add one for {project.version}")
    if releases[0].version != project.version:
        raise SystemExit(f"{path}: the newest release is {releases[0].version} but mouliaison/__init__.py says "
                         f"{project.version}: add a [[release]] for {project.version} at the top")
    if [r.date for r in releases] != sorted((r.date for r in releases), reverse=True):
        raise SystemExit(f"{path}: the releases must be listed newest first")
    return releases


def shipped_languages(translations: Path = TRANSLATIONS) -> list[str]:
    """The languages we ship a compiled translation for (mouliaison_fr.qm -> 'fr'), sorted."""
    return sorted(path.stem.split("_", 1)[1] for path in translations.glob("mouliaison_*.qm"))
