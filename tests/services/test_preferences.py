"""Preferences: typed, versioned JSON in the config folder; damage never stops the app."""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs
import pytest

from mouliaison.services import preferences as prefs
from mouliaison.services.preferences import (
    MAX_RECENT,
    Preferences,
    load_preferences,
    preferences_path,
    remember_database,
    save_preferences,
)


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(prefs.ENVIRONMENT_VARIABLE, str(folder))
    return folder


def test_defaults_when_there_is_no_file(config_dir: Path) -> None:
    loaded = load_preferences()
    assert loaded == Preferences(version=1, appearance="system", recent_databases=[])
    assert not config_dir.exists()  # reading writes nothing


def test_round_trip(config_dir: Path) -> None:
    saved = Preferences(appearance="dark", language="fr", recent_databases=["/data/b.sqlite3", "/data/a.sqlite3"])
    save_preferences(saved)
    assert load_preferences() == saved
    on_disk = json.loads((config_dir / "preferences.json").read_text(encoding="utf-8"))
    assert on_disk == {"version": 1, "appearance": "dark", "language": "fr",
                       "recent_databases": ["/data/b.sqlite3", "/data/a.sqlite3"], "overview_period": {"kind": "all"}}
    assert [p.name for p in config_dir.iterdir()] == ["preferences.json"]  # no temporary file left


def test_a_damaged_file_is_kept_aside_and_the_defaults_used(config_dir: Path) -> None:
    config_dir.mkdir()
    path = config_dir / "preferences.json"
    path.write_text('{"version": 1, "appearance": "da', encoding="utf-8")
    assert load_preferences() == Preferences()
    assert not path.exists()
    assert (config_dir / "preferences.json.damaged").read_text(encoding="utf-8") == '{"version": 1, "appearance": "da'
    save_preferences(Preferences(appearance="light"))  # and saving works again afterwards
    assert load_preferences().appearance == "light"


@pytest.mark.parametrize("text", ["[1, 2]", '{"version": "one"}', "\x00\x01", ""])
def test_other_damage_is_kept_aside_too(config_dir: Path, text: str) -> None:
    config_dir.mkdir()
    (config_dir / "preferences.json").write_text(text, encoding="utf-8")
    assert load_preferences() == Preferences()
    assert (config_dir / "preferences.json.damaged").exists()


def test_unusable_values_fall_back_one_by_one(config_dir: Path) -> None:
    config_dir.mkdir()
    data = {"version": 1, "appearance": "purple", "recent_databases": ["/a.sqlite3", 7, "/a.sqlite3", "/b.sqlite3"]}
    (config_dir / "preferences.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_preferences() == Preferences(appearance="system", recent_databases=["/a.sqlite3", "/b.sqlite3"])


def test_a_file_from_before_versions_is_upgraded(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "preferences.json").write_text('{"appearance": "dark"}', encoding="utf-8")
    assert load_preferences() == Preferences(version=1, appearance="dark")


def test_a_newer_file_is_read_for_what_this_version_knows(config_dir: Path) -> None:
    config_dir.mkdir()
    data = {"version": 9, "appearance": "light", "font_size": 14}
    (config_dir / "preferences.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_preferences() == Preferences(appearance="light")
    assert not (config_dir / "preferences.json.damaged").exists()


def test_recent_databases_newest_first_at_most_eight(tmp_path: Path) -> None:
    for number in range(10):
        remember_database(tmp_path / f"office-{number}.sqlite3")
    remember_database(tmp_path / "office-5.sqlite3")
    recent = load_preferences().recent_databases
    assert len(recent) == MAX_RECENT
    assert recent[:3] == [str(tmp_path / f"office-{n}.sqlite3") for n in (5, 9, 8)]
    assert recent.count(str(tmp_path / "office-5.sqlite3")) == 1


def test_the_environment_chooses_the_folder(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert preferences_path() == config_dir / "preferences.json"
    monkeypatch.delenv(prefs.ENVIRONMENT_VARIABLE)
    expected = Path(platformdirs.user_config_dir("mouliaison", appauthor=False)) / "preferences.json"
    assert preferences_path() == expected


def test_the_overviews_period_is_remembered_and_a_damaged_one_means_all_dates(config_dir: Path) -> None:
    import datetime as dt

    from mouliaison.domain.periods import CUSTOM, Period
    from mouliaison.services.preferences import overview_period, remember_overview_period

    assert overview_period() == Period()
    chosen = Period(CUSTOM, start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 31))
    remember_overview_period(chosen)
    assert overview_period() == chosen
    assert load_preferences().language == "system"  # the rest kept
    (config_dir / "preferences.json").write_text(json.dumps(
        {"version": 1, "overview_period": {"kind": CUSTOM, "start": "2026-13-01", "end": "x"}}), encoding="utf-8")
    assert overview_period() == Period()
