"""A refused file and a signed history's note reach a French or Spanish window in its language
(issues 13 and 16): zip bombs, XML bombs, a damaged part, a history cut short. Real files from
tests/fixtures/incoming or written here, the real import dialog; the command line keeps the
English (tests/sync/test_file_checks.py, tests/sync/test_signed_workbooks.py).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from mouliaison.services import records
from mouliaison.services.database import Database
from mouliaison.services.exchange import export_workbook, import_workbooks
from mouliaison.services.office import set_office
from mouliaison.ui.import_dialog import ImportDialog

TIMEOUT = 20_000
INCOMING = Path(__file__).resolve().parents[1] / "fixtures" / "incoming"
# Words of the file checks' English sentences: none may reach a French or Spanish dialog.
ENGLISH = re.compile(r"\b(Do not open|zip bomb|XML bomb|once unpacked|says it holds|holds more than|times "
                     r"smaller|this app accepts|table of contents|far beyond|made to overload|hidden inside|entity "
                     r"declarations|the sender|fails its checksum|the part|history|versions? (were|was) removed|"
                     r"truncated or rewritten|signed before)\b")
DANGER = {"fr": "Ne l'ouvrez pas non plus dans un autre programme", "es": "Tampoco lo abra en otro programa"}
SAID = {  # fixture -> language -> what the dialog says of it
    "bomb_declared_size.xlsx": {"fr": "déclare contenir 3 Go une fois décompressé, plus que les 2 Go",
                                "es": "dice contener 3 GB una vez descomprimido, más de los 2 GB"},
    "bomb_ratio.xlsx": {"fr": "fois plus petite que son contenu", "es": "veces más pequeña que su contenido"},
    "bomb_many_entries.xlsx": {"fr": "est un zip avec une table des matières", "es": "es un zip con un índice"},
    "bomb_overlapping.xlsx": {"fr": "a des parties cachées dans d'autres parties",
                              "es": "tiene partes escondidas dentro de otras partes"},
    "xml_bomb_sheet.xlsx": {"fr": "contient des déclarations d'entités XML (une DTD",
                            "es": "contiene declaraciones de entidades XML (una DTD"},
}


def refused_details(qtbot, db: Database, path: Path) -> str:
    dialog = ImportDialog(db, [path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == "refused", timeout=TIMEOUT)
    return dialog.details.toPlainText()


@pytest.mark.parametrize("name", sorted(SAID))
def test_a_zip_or_xml_bomb_is_refused_in_the_language(qtbot, db: Database, name: str, language: str) -> None:
    details = refused_details(qtbot, db, INCOMING / name)
    assert SAID[name][language] in details, details
    assert DANGER[language] in details and name in details
    english = sorted({m.group(0) for m in ENGLISH.finditer(details)})
    assert not english, f"English in the {language} dialog: {english}\n{details}"


def damaged_part(path: Path) -> Path:
    """A workbook whose sheet part fails its checksum: one byte of a cell's text changed, stored unpacked."""
    book = openpyxl.Workbook()
    book.active.append(["Title"])
    book.active.append(["Border workshop"])
    book.save(path.with_suffix(".tmp"))
    with zipfile.ZipFile(path.with_suffix(".tmp")) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info))
    data = path.read_bytes()
    assert data.count(b"Border workshop") == 1
    path.write_bytes(data.replace(b"Border workshop", b"Border worksh0p"))
    return path


def test_a_damaged_part_is_refused_in_the_language(qtbot, db: Database, tmp_path: Path, language: str) -> None:
    details = refused_details(qtbot, db, damaged_part(tmp_path / "damaged.xlsx"))
    said = {"fr": "« damaged.xlsx » est endommagé (la partie « xl/worksheets/sheet1.xml » échoue à sa somme de "
                  "contrôle (CRC))",
            "es": "«damaged.xlsx» está dañado (la parte «xl/worksheets/sheet1.xml» no supera su suma de comprobación "
                  "(CRC))"}
    assert said[language] in details, details
    assert not ENGLISH.search(details), details


def test_a_damaged_part_keeps_its_english_below_the_window(tmp_path: Path) -> None:
    from mouliaison.sync.file_checks import RefusedFile, check_workbook_file

    with pytest.raises(RefusedFile) as refused:
        check_workbook_file(damaged_part(tmp_path / "damaged.xlsx"))
    assert str(refused.value) == ('"damaged.xlsx" is damaged (the part "xl/worksheets/sheet1.xml" fails its checksum '
                                  "(CRC)). Ask the sender to send it again; if the new copy is damaged too, ask them "
                                  "to open it in Excel and save it under a new name.")


def test_a_history_cut_short_is_said_in_the_language(qtbot, make_db, tmp_path: Path, language: str) -> None:
    kampala, hq = make_db("kampala"), make_db("hq")
    set_office(kampala, "Kampala", "WCO")
    set_office(hq, "Brussels HQ", "WCO", "headquarters")
    for n in range(3):
        records.add_record(kampala, "activity", {"title": f"Activity {n}"})
    export_workbook(kampala, tmp_path / "full.xlsx")
    import_workbooks(hq, [tmp_path / "full.xlsx"], trust_new_keys=True)
    site = kampala.installation().site_id
    with kampala.writing() as change:  # the office loses its newest version (an old backup restored)
        change.session.execute(text("DELETE FROM versions WHERE id = (SELECT id FROM versions WHERE site_id = :site "
                                    "AND origin = 'local' ORDER BY stamp DESC LIMIT 1)"), {"site": site})
    export_workbook(kampala, tmp_path / "shorter.xlsx")
    dialog = ImportDialog(hq, [tmp_path / "shorter.xlsx"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == "previewed", timeout=TIMEOUT)
    shown = dialog.details.toPlainText() + "\n" + dialog.report_text(dialog.result)
    said = {"fr": "l'historique du bureau Kampala est plus court (3 versions) que dans un fichier qu'il a signé "
                  "auparavant (4)",
            "es": "el historial de la oficina Kampala es más corto (3 versiones) que en un archivo que firmó antes (4)"}
    assert said[language] in shown, shown
    assert "history is shorter" in " ".join(dialog.result.files[0].notes)  # the English beneath, for the CLI
    english = sorted({m.group(0) for m in ENGLISH.finditer(shown)})
    assert not english, f"English in the {language} dialog: {english}\n{shown}"


def test_the_database_checks_findings_are_in_the_language(db: Database, language: str) -> None:
    from mouliaison.services.check import check_database
    from mouliaison.store.schema import RECORD_TABLES
    from mouliaison.ui.messages import rendered

    record = records.add_record(db, "activity", {"title": "Border workshop"})
    table = RECORD_TABLES["activity"]
    with db.writing() as change:  # the current row lost (a hand edit of the database file)
        change.session.execute(table.delete().where(table.c.id == record))
    report = check_database(db)
    assert report.problems == [f"activity {record} has versions but no current row"]  # the CLI's English
    said = {"fr": f"activity {record} a des versions mais pas de ligne actuelle",
            "es": f"activity {record} tiene versiones pero ninguna fila actual"}
    assert rendered(report.problems[0]) == said[language]
