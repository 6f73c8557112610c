"""Issue 15: where a database's private signing key is kept (store.keys.key_path), and how the
analysts of one office share it on purpose (`keys export-private FILE`, `keys install FILE`).

On both backends: a database file's key is beside it; a server database's in this user's data
folder (the tests' own, $MOULIAISON_KEYS_DIR). tests/test_postgres.py has the second analyst's
computer, which only a server database has.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from mouliaison.services import keys
from mouliaison.services.database import location_of, open_database
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.office import set_office
from mouliaison.store.keys import KEYS_DIR_VARIABLE


def test_an_export_is_signed_with_the_key_kept_where_the_store_says(db, make_db, tmp_path: Path):
    set_office(db, "Brussels HQ", "WCO", "headquarters")
    key = keys.own_key(db)
    kept = keys.key_location(db)
    assert kept.parent == (Path(os.environ[KEYS_DIR_VARIABLE]) if db.is_server else db.path.parent)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert keys.own_key(db) == key  # the same key every time, on both kinds of database
    workbook = tmp_path / "hq.xlsx"
    export_workbook(db, workbook)
    field = make_db("busia")
    first = import_workbooks(field, [workbook]).files[0].trust
    assert first is not None and first.status == "new-key" and first.fingerprint == key.fingerprint
    again = import_workbooks(field, [workbook], trust_new_keys=True).files[0].trust
    assert again is not None and again.status == "first-use" and again.fingerprint == key.fingerprint


def _own_fingerprint(run_at, address: str) -> str:
    code, out, err = run_at(address, "keys", "list", "--json")
    assert code == 0, err
    [own] = [k for k in json.loads(out) if k["status"] == "own"]
    return own["fingerprint"]


def _key_gone_from_here(address: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Another computer (a server database's analyst), or a file whose key was lost: no key here."""
    with open_database(location_of(address)) as database:
        kept = keys.key_location(database)
    if database.is_server:
        monkeypatch.setenv(KEYS_DIR_VARIABLE, str(tmp_path / "another-computer"))
    else:
        kept.unlink()


def test_a_key_exported_and_installed_again_signs_as_the_same_office(db_address, run_at, monkeypatch, tmp_path):
    code, out, err = run_at(db_address, "init", "--office", "Brussels HQ", "--party", "WCO", "--level",
                            "headquarters")
    assert code == 0 and "signing key" in out, err
    fingerprint = _own_fingerprint(run_at, db_address)
    copy = tmp_path / "hq.signing-key"
    code, out, err = run_at(db_address, "keys", "export-private", str(copy))
    assert code == 0 and "keys install FILE" in out, err
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600 and fingerprint not in copy.read_text()  # the private key

    _key_gone_from_here(db_address, monkeypatch, tmp_path)
    code, out, err = run_at(db_address, "keys", "install", str(copy))
    assert code == 0 and "installed on this computer" in out, err
    assert _own_fingerprint(run_at, db_address) == fingerprint
    code, _out, err = run_at(db_address, "export", str(tmp_path / "hq.xlsx"))
    assert code == 0, err
    with open_database(location_of(db_address)) as database:
        assert keys.own_key(database).fingerprint == fingerprint  # not a new key made behind the person's back


def test_what_is_not_this_databases_key_is_refused_and_nothing_is_installed(db_address, make_address, run_at,
                                                                            tmp_path: Path):
    assert run_at(db_address, "init", "--office", "Brussels HQ", "--party", "WCO")[0] == 0
    other = make_address("nairobi")
    assert run_at(other, "init", "--office", "Nairobi", "--party", "WCO")[0] == 0
    foreign = tmp_path / "nairobi.signing-key"
    assert run_at(other, "keys", "export-private", str(foreign))[0] == 0
    with open_database(location_of(db_address)) as database:
        kept = keys.key_location(database)
    before = kept.read_bytes()

    code, _out, err = run_at(db_address, "keys", "install", str(foreign))
    assert code == 1 and "is not this database's current signing key" in err and "Traceback" not in err, err
    not_a_key = tmp_path / "notes.txt"
    not_a_key.write_text("the key is in the blue folder", encoding="utf-8")
    code, _out, err = run_at(db_address, "keys", "install", str(not_a_key))
    assert code == 1 and "is not a mouliaison signing key file" in err, err
    code, _out, err = run_at(db_address, "keys", "install", str(tmp_path / "missing.signing-key"))
    assert code == 1 and "is not a file" in err, err
    code, _out, err = run_at(db_address, "keys", "install")
    assert code == 1 and "name the file" in err, err
    assert kept.read_bytes() == before

    code, _out, err = run_at(db_address, "keys", "export-private", str(not_a_key))
    assert code == 1 and "exists already" in err, err
    assert not_a_key.read_text(encoding="utf-8") == "the key is in the blue folder"
