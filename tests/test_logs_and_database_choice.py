"""Operations: what happens is logged to the log folder, an error of ours reaches the person as
words (the details in the log), and the command line opens the database its command names."""

from __future__ import annotations

from pathlib import Path

import pytest

from mouliaison import logs
from mouliaison.cli import main
from mouliaison.services import database
from mouliaison.services.preferences import Preferences, save_preferences


def test_every_command_is_logged_with_its_exit_status(db_path: Path) -> None:
    assert main(["--db", str(db_path), "list", "party"]) == 0
    assert main(["--db", str(db_path), "show", "activity", "no-such-id"]) == 1
    text = logs.log_file().read_text(encoding="utf-8")
    assert f"mouliaison --db {db_path} list party" in text
    assert "exit status 0" in text and "exit status 1" in text


def test_an_unexpected_error_is_a_message_and_a_logged_traceback_not_a_traceback_on_screen(
        db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("a bug of ours")

    monkeypatch.setitem(main.__globals__["HANDLERS"], "list", broken)
    assert main(["--db", str(db_path), "list", "party"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "unexpected problem" in err and str(logs.log_file()) in err
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a bug of ours" in logged


def test_the_command_line_never_opens_the_database_last_chosen_in_the_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen_in_window = tmp_path / "picked-in-settings.sqlite3"
    default = tmp_path / "data-folder" / "mouliaison.sqlite3"
    default.parent.mkdir()
    save_preferences(Preferences(recent_databases=[str(chosen_in_window)]))
    monkeypatch.setattr(database, "default_database_path", lambda: default)
    monkeypatch.delenv(database.ENVIRONMENT_VARIABLE, raising=False)
    assert main(["list", "party"]) == 0
    assert default.exists() and not chosen_in_window.exists()
    assert database.choose_database(window=True) == chosen_in_window
    monkeypatch.setenv(database.ENVIRONMENT_VARIABLE, str(tmp_path / "from-env.sqlite3"))
    assert database.choose_database() == tmp_path / "from-env.sqlite3"
    assert database.choose_database(tmp_path / "given.sqlite3") == tmp_path / "given.sqlite3"


def test_a_log_folder_that_cannot_be_written_loses_the_log_not_the_work(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv(logs.ENVIRONMENT_VARIABLE, str(blocked / "log"))
    assert main(["--db", str(db_path), "list", "party"]) == 0  # the command ran, without a log


def test_deleting_a_record_others_refer_to_needs_force(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mouliaison.domain.default_agreement import IOM_ID

    assert main(["--db", str(db_path), "add", "activity", "title=Joint patrol", "status=planned",
                 "lead_party=IOM"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "delete", "party", IOM_ID]) == 1
    err = capsys.readouterr().err
    assert "1 joint activity" in err and "--force" in err
    assert main(["--db", str(db_path), "list", "party"]) == 0
    assert "IOM" in capsys.readouterr().out
    assert main(["--db", str(db_path), "delete", "party", IOM_ID, "--force"]) == 0


def test_a_record_is_not_declared_distinct_from_itself(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "add", "contact", "full_name=Amina Yusuf"]) == 0
    contact = capsys.readouterr().out.strip()
    assert main(["--db", str(db_path), "not-duplicate", contact, contact]) == 1
    assert "two different records" in capsys.readouterr().err


def test_an_empty_file_given_as_the_database_is_refused_not_made_a_new_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "copied-badly.sqlite3"
    empty.write_bytes(b"")
    assert main(["--db", str(empty), "list", "party"]) == 1
    assert "empty file, not a database" in capsys.readouterr().err
    assert empty.stat().st_size == 0
