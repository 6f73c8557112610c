"""The person's preferences: a typed, versioned object kept as JSON in their config folder.

Window geometry stays in QSettings (ui/); everything else a person chooses lives here, so the
command line and tests can read it without Qt. A missing, unreadable or damaged file never
stops the app: it starts with the defaults (a damaged file is kept aside for a look later).
Files written by older versions are upgraded step by step when read (Picard's config_upgrade).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, get_args

import platformdirs

from mouliaison.domain.periods import Period

ENVIRONMENT_VARIABLE = "MOULIAISON_CONFIG_DIR"
FILE_NAME = "preferences.json"
DAMAGED_SUFFIX = ".damaged"
VERSION = 1
MAX_RECENT = 8

Appearance = Literal["system", "light", "dark"]
APPEARANCES: tuple[str, ...] = get_args(Appearance)
Language = Literal["system", "en", "fr", "es"]  # "system": the computer's language, if shipped
LANGUAGES: tuple[str, ...] = get_args(Language)


@dataclass(frozen=True)
class Preferences:
    version: int = VERSION
    appearance: Appearance = "system"
    language: Language = "system"
    recent_databases: list[str] = field(default_factory=list)  # newest first, at most MAX_RECENT
    overview_period: dict[str, Any] = field(default_factory=Period().to_mapping)  # the Overview's period


def config_dir() -> Path:
    """$MOULIAISON_CONFIG_DIR (tests, portable use), else the user's config folder."""
    chosen = os.environ.get(ENVIRONMENT_VARIABLE) or platformdirs.user_config_dir("mouliaison", appauthor=False)
    return Path(chosen).expanduser()


def preferences_path() -> Path:
    return config_dir() / FILE_NAME


# version n -> the function that turns a version-n mapping into a version-(n + 1) one
def _from_0(data: dict[str, Any]) -> dict[str, Any]:
    """Files from before preferences had a version: same keys, now versioned."""
    return {**data, "version": 1}


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _from_0}


class _Damaged(ValueError):
    pass


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A mapping as the current version writes it (unknown keys are left for from_mapping to drop)."""
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise _Damaged(f"version is {version!r}")
    while version < VERSION:
        data = UPGRADES[version](data)
        version = data["version"]
    return data  # a newer file: read what this version knows


def from_mapping(data: dict[str, Any]) -> Preferences:
    """Preferences from an upgraded mapping; each unusable value falls back to its default."""
    appearance = data.get("appearance")
    language = data.get("language")
    recent = data.get("recent_databases")
    return Preferences(
        appearance=appearance if appearance in APPEARANCES else "system",  # type: ignore[arg-type]
        language=language if language in LANGUAGES else "system",  # type: ignore[arg-type]
        recent_databases=_recent([p for p in recent if isinstance(p, str)] if isinstance(recent, list) else []),
        overview_period=Period.from_mapping(data.get("overview_period")).to_mapping(),
    )


def _recent(paths: list[str]) -> list[str]:
    unique: list[str] = []
    for path in paths:
        if path and path not in unique:
            unique.append(path)
    return unique[:MAX_RECENT]


def load_preferences() -> Preferences:
    """The saved preferences, or the defaults when there are none or they cannot be read."""
    path = preferences_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return Preferences()  # missing or unreadable: nothing to keep aside
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise _Damaged("not a JSON object")
        return from_mapping(upgrade(data))
    except (ValueError, KeyError, TypeError):  # JSONDecodeError and _Damaged are ValueErrors
        keep_aside(path)
        return Preferences()


def keep_aside(path: Path) -> None:
    """A damaged config file renamed NAME.damaged, so the defaults apply and nothing is lost."""
    with contextlib.suppress(OSError):  # a read-only folder: the defaults still apply
        os.replace(path, path.with_name(path.name + DAMAGED_SUFFIX))


def save_preferences(preferences: Preferences) -> None:
    data = asdict(replace(preferences, version=VERSION, recent_databases=_recent(preferences.recent_databases)))
    write_json_atomically(preferences_path(), data)


def write_json_atomically(path: Path, data: Any) -> None:
    """A JSON file of the config folder, written atomically: a temporary file in the same folder,
    flushed to disk, then renamed (the preferences, the saved mappings)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(data, stream, indent=2, ensure_ascii=False)
            stream.write("\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def with_recent_database(preferences: Preferences, database: str | os.PathLike[str]) -> Preferences:
    """The preferences with `database` first among the recent ones (once, at most MAX_RECENT)."""
    from mouliaison.store.postgres import is_address

    text = str(database).strip()
    chosen = text if is_address(text) else str(Path(database).expanduser().absolute())  # a server's: as given
    return replace(preferences, recent_databases=_recent([chosen, *preferences.recent_databases]))


def remember_database(database: str | os.PathLike[str]) -> Preferences:
    """Record `database` as the one to open next; returns the saved preferences."""
    preferences = with_recent_database(load_preferences(), database)
    save_preferences(preferences)
    return preferences


def remember_language(language: str) -> Preferences:
    return _remember("language", language, LANGUAGES)


def remember_appearance(appearance: str) -> Preferences:
    return _remember("appearance", appearance, APPEARANCES)


def overview_period() -> Period:
    """The period the Overview was last shown over (all dates at first)."""
    return Period.from_mapping(load_preferences().overview_period)


def remember_overview_period(period: Period) -> Preferences:
    preferences = replace(load_preferences(), overview_period=period.to_mapping())
    save_preferences(preferences)
    return preferences


def _remember(key: str, value: str, allowed: tuple[str, ...]) -> Preferences:
    """Save one choice; a value outside `allowed` is a programming error, refused loudly."""
    if value not in allowed:
        raise ValueError(f"{key} is one of {', '.join(allowed)}, not {value!r}")
    preferences = replace(load_preferences(), **{key: value})  # type: ignore[arg-type]  # checked above
    save_preferences(preferences)
    return preferences
