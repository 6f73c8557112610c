"""Issue 16: signed workbooks. Files forged the way an attacker would: each refused or flagged,
nothing written that should not be. Real databases, real .xlsx files written and read back."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from mouliaison.domain import signing
from mouliaison.services import keys, records
from mouliaison.services.dump import dump_json
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.office import set_office
from mouliaison.store.keys import KEYS_DIR_VARIABLE, key_path
from mouliaison.sync import workbook_format as fmt
from tests import postgres_server
from tests.libreoffice import resave_with_libreoffice
from tests.sync.test_damaged_bytes import _meta_row, _recompute_hash
from tests.sync.workbooks import ACTIVITIES, cell, edited


@pytest.fixture
def offices(make_db):
    """Kampala (a field office) and headquarters, which trusts Kampala's key already."""
    kampala, hq = make_db("kampala"), make_db("hq")
    set_office(kampala, "Kampala", "WCO")
    set_office(hq, "Brussels HQ", "WCO", "headquarters")
    return kampala, hq


def _export(db, path: Path, **kw) -> Path:
    export_workbook(db, path, **kw)
    return path


def _introduce(sender, receiver, tmp_path: Path) -> None:
    """The receiver met the sender's key and a person confirmed it."""
    first = _export(sender, tmp_path / f"hello-{sender.path.name}.xlsx")
    import_workbooks(receiver, [first], trust_new_keys=True)


def _fingerprint(db) -> str:
    return keys.own_key(db).fingerprint


def test_the_key_is_made_at_init_owner_only_and_travels_in_every_export(offices, tmp_path: Path):
    kampala, _hq = offices
    key = keys.own_key(kampala)
    path = key_path(kampala.path, kampala.installation().site_id)
    # beside a database file; a server database's in this user's data folder (here the tests' own)
    assert path.parent == (Path(os.environ[KEYS_DIR_VARIABLE]) if kampala.is_server else kampala.path.parent)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    book = openpyxl.load_workbook(_export(kampala, tmp_path / "k.xlsx"))
    meta = {row[0].value: row[1].value for row in book[fmt.META_SHEET].iter_rows()}
    assert meta[fmt.SIGNING_KEY_ROW] == key.public and meta[fmt.FINGERPRINT_ROW] == key.fingerprint
    assert book[fmt.SIGNATURE_SHEET].sheet_state == "veryHidden"
    assert keys.own_key(kampala) == key  # the same key every time
    assert key.public not in json.dumps(dump_json(kampala)) and "private" not in path.name.lower()


def test_a_new_key_is_withheld_with_its_fingerprint_then_taken_once_trusted(offices, tmp_path: Path):
    kampala, hq = offices
    records.add_record(kampala, "activity", {"title": "Border training"})
    path = _export(kampala, tmp_path / "k.xlsx")
    before = dump_json(hq)
    result = import_workbooks(hq, [path])
    trust = result.files[0].trust
    fp = _fingerprint(kampala)
    assert trust is not None and trust.status == "new-key" and trust.fingerprint == fp
    assert signing.shown(fp) in trust.message and f"mouliaison keys trust {fp[:16]}" in trust.message
    assert dump_json(hq) == before  # nothing of it written
    seen = {k.fingerprint: k.status for k in keys.list_keys(hq)}
    assert seen[fp] == "seen"
    keys.trust_key(hq, fp[:12])
    again = import_workbooks(hq, [path])  # the same file: planned again, not "already imported"
    assert again.files[0].trust.status == "verified" and again.totals["inserted"] == 2
    assert not again.files[0].already_imported


def test_the_command_line_refuses_a_new_key_naming_the_fingerprint_and_the_command(offices, tmp_path: Path, capsys):
    from mouliaison.cli.main import main

    kampala, hq = offices
    path = _export(kampala, tmp_path / "k.xlsx")
    fp = _fingerprint(kampala)
    hq_path = postgres_server.address_of(hq)
    hq.close()
    assert main(["--db", hq_path, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert signing.shown(fp) in err and "--trust-new-keys" in err and f"keys trust {fp[:16]}" in err
    assert main(["--db", hq_path, "import", "--trust-new-keys", str(path)]) == 0
    assert main(["--db", hq_path, "keys", "list"]) == 0
    assert f"{signing.shown(fp)}  trusted    Kampala" in capsys.readouterr().out
    assert main(["--db", hq_path, "keys", "list", "--json"]) == 0
    listed = {k["fingerprint"]: k for k in json.loads(capsys.readouterr().out)}
    assert listed[fp]["party"] == "WCO" and listed[fp]["rotated"] is False and listed[fp]["approved"] is False
    assert main(["--db", hq_path, "keys", "trust", "zz"]) == 1
    assert "too short" in capsys.readouterr().err


def test_a_libreoffice_resave_without_changes_still_verifies(offices, tmp_path: Path):
    kampala, hq = offices
    _introduce(kampala, hq, tmp_path)
    records.add_record(kampala, "activity", {"title": "Re-saved", "start_date": "2026-03-02"})
    path = _export(kampala, tmp_path / "source" / "k.xlsx") if (tmp_path / "source").mkdir() is None else None
    resaved = resave_with_libreoffice(path, tmp_path)
    assert resaved.read_bytes() != path.read_bytes()
    result = import_workbooks(hq, [resaved])
    assert result.files[0].trust.status == "verified", result.files[0].trust
    assert result.totals["inserted"] == 1 and result.totals["hand_edits"] == 0


def test_an_edited_visible_cell_is_a_hand_edit_not_the_offices_own_change(offices, tmp_path: Path):
    kampala, hq = offices
    _introduce(kampala, hq, tmp_path)
    record = records.add_record(kampala, "activity", {"title": "Typed by Kampala"})
    path = _export(kampala, tmp_path / "k.xlsx")
    changed = edited(path, tmp_path / "by-hand.xlsx",
                     lambda book: setattr(cell(book[ACTIVITIES], record, "title"), "value", "Typed on the way"))
    result = import_workbooks(hq, [changed])
    assert result.files[0].trust.status == "verified"  # the visible cells are not what is signed
    assert result.totals["hand_edits"] == 1
    with hq.reading() as session:
        origins = set(session.scalars(text("SELECT origin FROM versions WHERE record_id = :r"), {"r": record}))
    assert origins == {"local", "hand_edit"}  # Kampala's own version as signed, the edit as the file's


def _forged(source: Path, target: Path, change, signer=None, own_key_in_meta: bool = False) -> Path:
    def edit(book: openpyxl.Workbook) -> None:
        change(book)
        _recompute_hash(book, signer, own_key_in_meta=own_key_in_meta)

    return edited(source, target, edit)


def _retitle(book: openpyxl.Workbook) -> None:
    """A hidden sheet edited: a version's title rewritten."""
    sheet = book[fmt.VERSIONS_SHEET]
    for row in sheet.iter_rows():
        for c in row:
            if isinstance(c.value, str) and "Genuine" in c.value:
                c.value = c.value.replace("Genuine", "Forged")
                return
    raise AssertionError("no version to forge")


def test_an_edited_hidden_sheet_with_its_hash_made_again_is_withheld(offices, tmp_path: Path):
    kampala, hq = offices
    _introduce(kampala, hq, tmp_path)
    records.add_record(kampala, "activity", {"title": "Genuine"})
    forged = _forged(_export(kampala, tmp_path / "k.xlsx"), tmp_path / "forged.xlsx", _retitle)
    before = dump_json(hq)
    result = import_workbooks(hq, [forged])
    report = result.files[0]
    assert report.trust.status == "bad-signature" and "changed after office Kampala signed it" in report.trust.message
    assert [w.why for w in report.withheld] == ["bad-signature"] and report.withheld[0].office == "Kampala"
    assert dump_json(hq) == before


def test_a_swapped_office_id_signed_with_the_forgers_own_key_is_withheld(offices, make_db, tmp_path: Path):
    kampala, hq = offices
    forger = make_db("forger")
    set_office(forger, "Forger", "WCO")
    _introduce(kampala, hq, tmp_path)
    _introduce(forger, hq, tmp_path)  # a real office whose key headquarters trusts, for its own files
    records.add_record(forger, "activity", {"title": "In Kampala's name"})
    kampala_site = kampala.installation().site_id

    def swap(book: openpyxl.Workbook) -> None:
        book[fmt.META_SHEET].cell(_meta_row(book, "site_id"), 2).value = kampala_site
        book[fmt.META_SHEET].cell(_meta_row(book, "office_name"), 2).value = "Kampala"

    forged = _forged(_export(forger, tmp_path / "f.xlsx"), tmp_path / "swapped.xlsx", swap, signer=forger)
    before = dump_json(hq)
    result = import_workbooks(hq, [forged])
    trust = result.files[0].trust
    assert trust.status == "key-mismatch" and "signed with the key of office Forger" in trust.message
    assert dump_json(hq) == before


def test_a_key_from_another_database_is_withheld_even_with_trust_new_keys(offices, make_db, tmp_path: Path):
    kampala, hq = offices
    _introduce(kampala, hq, tmp_path)
    other = make_db("stolen-laptop")
    records.add_record(kampala, "activity", {"title": "Genuine"})
    forged = _forged(_export(kampala, tmp_path / "k.xlsx"), tmp_path / "other-key.xlsx", _retitle, signer=other,
                     own_key_in_meta=True)
    before = dump_json(hq)
    result = import_workbooks(hq, [forged], trust_new_keys=True)
    trust = result.files[0].trust
    assert trust.status == "key-mismatch" and signing.shown(_fingerprint(kampala)) in trust.message
    assert signing.shown(_fingerprint(other)) in trust.message
    assert dump_json(hq) == before
    assert _fingerprint(other) not in {k.fingerprint for k in keys.list_keys(hq) if k.status == "trusted"}


def test_a_signature_removed_from_a_signing_office_file_is_withheld(offices, tmp_path: Path):
    kampala, hq = offices
    _introduce(kampala, hq, tmp_path)
    records.add_record(kampala, "activity", {"title": "Genuine"})

    def strip(book: openpyxl.Workbook) -> None:
        del book[fmt.SIGNATURE_SHEET]
        for row in (fmt.SIGNING_KEY_ROW, fmt.FINGERPRINT_ROW):
            book[fmt.META_SHEET].delete_rows(_meta_row(book, row))
        _retitle(book)

    forged = _forged(_export(kampala, tmp_path / "k.xlsx"), tmp_path / "unsigned.xlsx", strip)
    before = dump_json(hq)
    result = import_workbooks(hq, [forged])
    assert result.files[0].trust.status == "unsigned-from-signer"
    assert "signs its files" in result.files[0].trust.message
    assert dump_json(hq) == before


def test_a_replayed_old_signed_file_changes_nothing(offices, tmp_path: Path):
    kampala, hq = offices
    record = records.add_record(kampala, "activity", {"title": "First"})
    old = _export(kampala, tmp_path / "old.xlsx")
    import_workbooks(hq, [old], trust_new_keys=True)
    records.edit_record(kampala, "activity", record, {"title": "Second"})
    import_workbooks(hq, [_export(kampala, tmp_path / "new.xlsx")])
    before = dump_json(hq)
    replayed = tmp_path / "renamed-copy.xlsx"
    shutil.copyfile(old, replayed)
    result = import_workbooks(hq, [replayed])
    assert result.files[0].already_imported and dump_json(hq) == before
    assert records.show_record(hq, "activity", record).values["title"] == "Second"


def test_a_rotated_key_is_followed_and_the_old_key_is_refused_after_it(offices, make_db, tmp_path: Path):
    kampala, hq = offices
    _introduce(kampala, hq, tmp_path)
    old_private = keys.own_key(kampala).private
    new = keys.rotate_own_key(kampala)
    records.add_record(kampala, "activity", {"title": "Under the new key"})
    result = import_workbooks(hq, [_export(kampala, tmp_path / "rotated.xlsx")])
    assert result.files[0].trust.status == "verified", result.files[0].trust
    assert any("moved to a new key" in n for n in result.files[0].notes)
    statuses = {k.fingerprint: k.status for k in keys.list_keys(hq)}
    assert statuses[new.fingerprint] == "trusted" and "revoked" in statuses.values()
    assert [k.rotated for k in keys.list_keys(hq) if k.status == "revoked"] == [True]  # known here as rotated
    # someone holding the old key signs a new file with it: refused
    records.add_record(kampala, "activity", {"title": "Genuine"})
    later = _export(kampala, tmp_path / "later.xlsx")
    old_key = keys.OwnKey(kampala.installation().site_id, old_private, signing.public_of(old_private))
    forged = _forged(later, tmp_path / "old-key.xlsx", lambda book: None, signer=old_key, own_key_in_meta=True)
    before = dump_json(hq)
    result = import_workbooks(hq, [forged])
    assert result.files[0].trust.status == "revoked" and "after that key was revoked" in result.files[0].trust.message
    assert dump_json(hq) == before


def test_headquarters_list_of_approved_keys_travels(offices, make_db, tmp_path: Path):
    kampala, hq = offices
    field = make_db("nairobi")
    set_office(field, "Nairobi", "IOM")
    _introduce(kampala, hq, tmp_path)
    assert keys.publish_approved(hq) == 2  # Kampala's key and its own
    listed = {v.fingerprint: v for v in keys.list_keys(hq)}
    assert listed[_fingerprint(kampala)].approved and listed[_fingerprint(kampala)].party == "WCO"
    import_workbooks(field, [_export(hq, tmp_path / "hq.xlsx")], trust_new_keys=True)
    keys.trust_key(field, _fingerprint(hq)[:16], publisher=True)
    import_workbooks(field, [_export(hq, tmp_path / "hq2.xlsx")])  # the list is followed now
    records.add_record(kampala, "activity", {"title": "Known through headquarters"})
    result = import_workbooks(field, [_export(kampala, tmp_path / "k.xlsx")])  # no --trust-new-keys
    assert result.files[0].trust.status == "verified" and result.totals["inserted"] >= 1


def test_a_truncated_history_is_flagged(offices, tmp_path: Path):
    kampala, hq = offices
    for n in range(3):
        records.add_record(kampala, "activity", {"title": f"Activity {n}"})
    import_workbooks(hq, [_export(kampala, tmp_path / "full.xlsx")], trust_new_keys=True)
    # the office's database loses its newest version (restored from an old backup, or rewritten)
    site = kampala.installation().site_id
    with kampala.writing() as change:
        change.session.execute(text("DELETE FROM versions WHERE id = (SELECT id FROM versions WHERE site_id = :site "
                                    "AND origin = 'local' ORDER BY stamp DESC LIMIT 1)"), {"site": site})
    result = import_workbooks(hq, [_export(kampala, tmp_path / "shorter.xlsx")])
    notes = " ".join(result.files[0].notes)
    assert "history is shorter" in notes and "truncated or rewritten" in notes


def test_a_version_left_out_on_the_way_is_flagged_as_missing(offices, tmp_path: Path):
    kampala, hq = offices
    records.add_record(kampala, "activity", {"title": "Before"})
    import_workbooks(hq, [_export(kampala, tmp_path / "one.xlsx")], trust_new_keys=True)
    records.add_record(kampala, "activity", {"title": "Skipped"})
    _export(kampala, tmp_path / "never-arrived.xlsx")
    import datetime as dt

    since = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)).isoformat()
    import time

    time.sleep(1.2)
    records.add_record(kampala, "activity", {"title": "After"})
    result = import_workbooks(hq, [_export(kampala, tmp_path / "since.xlsx", since=since)])
    notes = " ".join(result.files[0].notes)
    assert "missing" in notes and "signed a history of" in notes


@pytest.mark.parametrize("field", ["export_stamp", "export_wall_time", "format_version", "file_id", "site_id",
                                   "confidential", "row_counts", "version_count", "recipient", "scope_since",
                                   fmt.FINGERPRINT_ROW, fmt.HISTORY_HEAD_ROW, fmt.KEY_RECORDS_ROW])
@pytest.mark.parametrize("how", ["text", "removed"])
def test_every_meta_field_forged_is_refused_never_a_traceback(offices, tmp_path: Path, field: str, how: str):
    kampala, hq = offices
    records.add_record(kampala, "activity", {"title": "Genuine"})

    def forge(book: openpyxl.Workbook) -> None:
        row = _meta_row(book, field)
        if how == "removed":
            book[fmt.META_SHEET].delete_rows(row)
        else:
            book[fmt.META_SHEET].cell(row, 2).value = {fmt.KEY_RECORDS_ROW: "[1]", "recipient": ""}.get(field, "soon")

    forged = _forged(_export(kampala, tmp_path / "k.xlsx"), tmp_path / "meta.xlsx", forge, signer=kampala)
    before = dump_json(hq)
    result = import_workbooks(hq, [forged], trust_new_keys=True)
    if how == "removed" and field in ("scope_since", "confidential", "row_counts", "version_count",
                                      fmt.KEY_RECORDS_ROW):
        assert not result.refused  # optional fields: a file without them reads as before
        return
    if field == "format_version" or (how == "removed" and field == "file_id"):
        assert result.refused and ("format" in result.refused[0][1] or "did not write" in result.refused[0][1])
        assert dump_json(hq) == before
        return
    assert result.refused, (field, how)
    message = result.refused[0][1]
    assert "metadata" in message and (field in message or field == "format_version"), message
    assert dump_json(hq) == before


def _signed_with_old_key(kampala, old_private: bytes, source: Path, target: Path, change) -> Path:
    """Someone holding the office's old (revoked) key signs an edited file with it (the key itself,
    not the database's: on a server database a stale copy of the key is refused to its own office)."""
    old_key = keys.OwnKey(kampala.installation().site_id, old_private, signing.public_of(old_private))
    return _forged(source, target, change, signer=old_key, own_key_in_meta=True)


def test_a_file_under_a_revoked_key_claiming_an_earlier_clock_is_refused_by_its_history(offices, tmp_path: Path):
    kampala, hq = offices
    _introduce(kampala, hq, tmp_path)
    old_private = keys.own_key(kampala).private
    records.add_record(kampala, "activity", {"title": "Signed before the revocation"})
    late = _export(kampala, tmp_path / "late.xlsx")  # travels slowly: arrives after the rotation
    early_stamp = openpyxl.load_workbook(late)[fmt.META_SHEET].cell(
        _meta_row(openpyxl.load_workbook(late), "export_stamp"), 2).value
    keys.rotate_own_key(kampala)
    import_workbooks(hq, [_export(kampala, tmp_path / "rotated.xlsx")])
    result = import_workbooks(hq, [late])  # genuinely signed before: taken
    assert result.files[0].trust.status == "verified" and not result.files[0].withheld

    records.add_record(kampala, "activity", {"title": "Forged after the revocation"})

    def backdate(book: openpyxl.Workbook) -> None:  # the clock of the file set back before the revocation
        book[fmt.META_SHEET].cell(_meta_row(book, "export_stamp"), 2).value = early_stamp

    forged = _signed_with_old_key(kampala, old_private, _export(kampala, tmp_path / "new.xlsx"),
                                  tmp_path / "backdated.xlsx", backdate)
    before = dump_json(hq)
    result = import_workbooks(hq, [forged])
    trust = result.files[0].trust
    assert trust.status == "revoked" and "whatever time it claims" in trust.message, trust
    assert dump_json(hq) == before

    def backdate_and_shorten(book: openpyxl.Workbook) -> None:  # the history it claims cut back too
        backdate(book)
        meta = book[fmt.META_SHEET]
        length = int(meta.cell(_meta_row(book, fmt.HISTORY_LENGTH_ROW), 2).value)
        meta.cell(_meta_row(book, fmt.HISTORY_LENGTH_ROW), 2).value = str(length - 1)

    forged = _signed_with_old_key(kampala, old_private, _export(kampala, tmp_path / "new2.xlsx"),
                                  tmp_path / "shortened.xlsx", backdate_and_shorten)
    result = import_workbooks(hq, [forged])
    assert result.files[0].trust.status == "revoked" and dump_json(hq) == before


@pytest.fixture
def relay(offices, make_db, tmp_path: Path):
    """Kampala → the Nairobi coordinator → headquarters; each trusts the keys it was introduced to."""
    kampala, hq = offices
    coordinator = make_db("coordinator")
    set_office(coordinator, "Nairobi coordinator", "IOM", "regional")
    _introduce(kampala, coordinator, tmp_path)
    _introduce(coordinator, hq, tmp_path)
    record = records.add_record(kampala, "activity", {"title": "Genuine"})
    import_workbooks(coordinator, [_export(kampala, tmp_path / "kampala-to-coordinator.xlsx")])
    return kampala, coordinator, hq, record


def _knows_key_only(kampala, hq, tmp_path: Path) -> None:
    """Headquarters trusts Kampala's key, and holds none of its activities (a file of its parties only)."""
    parties_only = _export(kampala, tmp_path / "kampala-parties.xlsx", types=["party"])
    assert import_workbooks(hq, [parties_only], trust_new_keys=True).files[0].trust.status == "first-use"


def _retitle_everywhere(book: openpyxl.Workbook) -> None:
    """A version rewritten with its exported base and its visible cell: no hand edit to see."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                if isinstance(c.value, str) and "Genuine" in c.value:
                    c.value = c.value.replace("Genuine", "Forged")


def test_an_honest_relay_is_checked_against_the_history_the_office_signed(relay, tmp_path: Path):
    kampala, coordinator, hq, record = relay
    _knows_key_only(kampala, hq, tmp_path)  # Kampala's signed history can be checked at headquarters
    result = import_workbooks(hq, [_export(coordinator, tmp_path / "relayed.xlsx")])
    report = result.files[0]
    assert report.trust.status == "verified" and not report.withheld
    assert any("relayed by office Nairobi coordinator (2): they match the history Kampala signed" in n
               for n in report.notes), report.notes
    assert records.show_record(hq, "activity", record).values["title"] == "Genuine"


def test_a_coordinator_that_edits_an_offices_versions_is_caught_and_blamed(relay, tmp_path: Path):
    kampala, coordinator, hq, record = relay
    _knows_key_only(kampala, hq, tmp_path)
    # the coordinator rewrites Kampala's version and signs the file with its own (trusted) key
    forged = _forged(_export(coordinator, tmp_path / "relayed.xlsx"), tmp_path / "rewritten.xlsx",
                     _retitle_everywhere, signer=coordinator)
    before = dump_json(hq)
    report = import_workbooks(hq, [forged]).files[0]
    assert report.trust.status == "verified"  # the coordinator's signature is good: it did sign this
    [held] = report.withheld
    assert held.why == "relayed-altered" and held.office == "Nairobi coordinator"
    assert held.fingerprint == _fingerprint(coordinator)
    assert "signed by office Nairobi coordinator" in held.message and "in office Kampala's name" in held.message
    assert "by Nairobi coordinator or on the way to it" in held.message
    assert dump_json(hq) == before
    assert records.find_record(hq, "activity", record) is None


def test_a_relay_of_an_office_not_known_here_is_vouched_for_by_the_coordinator_only(relay, tmp_path: Path):
    kampala, coordinator, hq, record = relay
    forged = _forged(_export(coordinator, tmp_path / "relayed.xlsx"), tmp_path / "rewritten.xlsx",
                     _retitle_everywhere, signer=coordinator)
    report = import_workbooks(hq, [forged]).files[0]  # headquarters cannot check Kampala's history: taken
    assert report.trust.status == "verified" and not report.withheld
    assert any("vouched for by Nairobi coordinator's key" in n and "not by Kampala's own" in n
               for n in report.notes), report.notes
    assert records.show_record(hq, "activity", record).values["title"] == "Forged"
    # Kampala's own file shows the edit: its signed history does not match what the coordinator brought
    result = import_workbooks(hq, [_export(kampala, tmp_path / "kampala-direct.xlsx")], trust_new_keys=True)
    notes = " ".join(str(n) for n in result.files[0].notes)
    assert "reuse an id" in notes and "differ from the history it signed" in notes, notes
    assert records.show_record(hq, "activity", record).values["title"] == "Forged"  # the copy held stays, flagged


def test_a_hand_edit_in_conflict_is_vouched_for_by_no_offices_key(offices, tmp_path: Path):
    from mouliaison.services.conflicts import list_conflicts

    kampala, hq = offices
    _introduce(kampala, hq, tmp_path)
    record = records.add_record(kampala, "activity", {"title": "Typed by Kampala", "places": "Busia"})
    import_workbooks(hq, [_export(kampala, tmp_path / "k.xlsx")])
    records.edit_record(hq, "activity", record, {"places": "Malaba"})  # headquarters' own edit
    changed = edited(_export(kampala, tmp_path / "k2.xlsx"), tmp_path / "by-hand.xlsx",
                     lambda book: setattr(cell(book[ACTIVITIES], record, "places"), "value", "Namanga"))
    import_workbooks(hq, [changed])
    [view] = list_conflicts(hq)
    by_value = {v.shown: v for v in view.values}
    assert by_value["Namanga"].signed_by is None and by_value["Namanga"].signer_office is None  # the file's, by hand
    assert by_value["Malaba"].made_here and by_value["Malaba"].signed_by is None  # no key here before an export
    own = _fingerprint(hq)
    assert {v.shown: v.signed_by for v in list_conflicts(hq)[0].values}["Malaba"] == own
