"""Export profiles under MOU 3.6: what a same-party, partner and third-party file holds."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mouliaison.cli import main
from mouliaison.privacy.recipients import Recipient
from mouliaison.services import records
from mouliaison.services.consent import withdraw_consent
from mouliaison.services.exchange import export_workbook
from mouliaison.services.receipts import list_receipts

TODAY = dt.datetime.now(dt.UTC).date()
LONG_AGO = (TODAY - dt.timedelta(days=400)).isoformat()
LAST_MONTH = (TODAY - dt.timedelta(days=30)).isoformat()
YESTERDAY = (TODAY - dt.timedelta(days=1)).isoformat()
NEXT_YEAR = (TODAY + dt.timedelta(days=365)).isoformat()

PEOPLE = {
    # name: (email, phone, consent)
    "Amina Yusuf": ("amina.yusuf@example.org", "+254 700 111 001", "third-party:UNODC"),
    "José Díaz": ("jose.diaz@example.org", "+254 700 111 002", "any-third-party"),
    "Wanjiru Kamau": ("wanjiru.kamau@example.org", "+254 700 111 003", "withdrawn"),
    "Pierre Martin": ("pierre.martin@example.org", "+254 700 111 004", "expired"),
    "Chen Wei": ("chen.wei@example.org", "+254 700 111 005", "third-party:INTERPOL"),
    "Fatou Diallo": ("fatou.diallo@example.org", "+254 700 111 006", None),
}
CONSENTED_FOR_UNODC = {"Amina Yusuf", "José Díaz"}


def consent(db, contact: str, recipient: str, **more: str) -> str:
    values = {"contact": contact, "recipient": recipient, "given_on": LONG_AGO, "method": "signed-form",
              "evidence": f"FORM-{contact[:8]}", **more}
    return records.add_record(db, "consent_record", values)


@pytest.fixture
def office(db):
    ids = {}
    for name, (email, phone, kind) in PEOPLE.items():
        ids[name] = records.add_record(db, "contact", {"full_name": name, "email": email, "phone": phone,
                                                       "notes": f"Personal note about {name}"})
        if kind == "withdrawn":
            withdraw_consent(db, consent(db, ids[name], "any-third-party"), on=LAST_MONTH, evidence="EMAIL-9")
        elif kind == "expired":
            consent(db, ids[name], "third-party:UNODC", valid_until=YESTERDAY)
        elif kind:
            consent(db, ids[name], kind, valid_until=NEXT_YEAR)
    records.add_record(db, "activity", {"title": "Joint training", "participants": ",".join(ids.values())})
    records.add_record(db, "information_exchange", {"date": LAST_MONTH, "from_party": "IOM", "to_party": "WCO",
                                                    "subject": "Risk profiles (restricted)",
                                                    "classification": "confidential"})
    records.add_record(db, "information_exchange", {"date": LAST_MONTH, "from_party": "IOM", "to_party": "WCO",
                                                    "subject": "Annual report", "classification": "public_domain"})
    return ids


def package_text(path: Path) -> str:
    """Every part of the .xlsx package, as text (sheets, properties, names, styles...)."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def contact_rows(path: Path) -> dict[str, dict[str, object]]:
    book = openpyxl.load_workbook(path)
    sheet = book["Contacts"]
    keys = [c.value for c in sheet[1]]
    rows = {}
    for row in sheet.iter_rows(min_row=3, values_only=True):
        data = dict(zip(keys, row, strict=False))
        rows[data["_id"]] = data
    return rows


def personal_strings(name: str) -> list[str]:
    email, phone, _ = PEOPLE[name]
    return [name, email, phone, f"Personal note about {name}"]


def test_third_party_gets_exactly_the_consented_contacts_personal_data(db, office, tmp_path: Path):
    path = tmp_path / "unodc.xlsx"
    result = export_workbook(db, path, recipient=Recipient.parse("third-party:UNODC"))
    text = package_text(path)
    for name in PEOPLE:
        for value in personal_strings(name):
            assert (value in text) == (name in CONSENTED_FOR_UNODC), (name, value)
    rows = contact_rows(path)
    for name, contact_id in office.items():
        row = rows[contact_id]
        if name in CONSENTED_FOR_UNODC:
            assert row["full_name"] == name
            assert row["email"] == PEOPLE[name][0] and row["phone"] == PEOPLE[name][1]
        else:
            assert row["full_name"].startswith("Person ") and row["email"] is None and row["phone"] is None
            assert row["notes"] is None
    assert result.contacts.counts() == {"included": 2, "pseudonymised": 4, "left_out": 0}
    header = [c.value for c in openpyxl.load_workbook(path)["Contacts"][1]]
    assert header == ["_id", "_version", "_delete", "full_name", "title", "organisation", "party", "office", "email",
                      "phone", "languages", "notes"]
    reasons = set(result.contacts.pseudonymised.values())
    assert reasons == {"no consent for this recipient", "consent withdrawn", "consent expired"}
    # no consent records, no confidential exchange
    book = openpyxl.load_workbook(path)
    assert book["Consent records"].max_row <= 2
    assert "Risk profiles (restricted)" not in text and "Annual report" in text
    assert "FORM-" not in text


def test_pseudonyms_are_stable_per_recipient_and_differ_across_recipients(db, office, tmp_path: Path):
    def names(recipient: str, file: str) -> dict[str, str]:
        export_workbook(db, tmp_path / file, recipient=Recipient.parse(recipient))
        return {i: r["full_name"] for i, r in contact_rows(tmp_path / file).items()}

    first, again = names("third-party:UNODC", "a.xlsx"), names("third-party:unodc", "b.xlsx")
    other = names("third-party:Red Cross", "c.xlsx")
    fatou = office["Fatou Diallo"]
    assert first[fatou] == again[fatou] != other[fatou]
    assert len({first[office[n]] for n in PEOPLE if n not in CONSENTED_FOR_UNODC}) == 4


def test_leave_out_drops_unconsented_contacts_entirely(db, office, tmp_path: Path):
    path = tmp_path / "interpol.xlsx"
    result = export_workbook(db, path, recipient=Recipient.parse("third-party:INTERPOL"), unconsented="leave-out")
    assert set(contact_rows(path)) == {office["Chen Wei"], office["José Díaz"]}
    assert result.contacts.counts() == {"included": 2, "pseudonymised": 0, "left_out": 4}
    text = package_text(path)
    assert "Fatou Diallo" not in text and "fatou.diallo@example.org" not in text


@pytest.mark.parametrize("recipient", ["same-party", "partner"])
def test_same_and_partner_party_get_everything(db, office, tmp_path: Path, recipient: str):
    path = tmp_path / f"{recipient}.xlsx"
    export_workbook(db, path, recipient=Recipient.parse(recipient))
    text = package_text(path)
    for name in PEOPLE:
        assert all(value in text for value in personal_strings(name))
    assert "Risk profiles (restricted)" in text
    book = openpyxl.load_workbook(path)
    confidential = "STRICTLY CONFIDENTIAL" in (book.properties.category or "")
    assert confidential == (recipient == "partner")
    if recipient == "partner":
        assert "STRICTLY CONFIDENTIAL" in book["Contacts"].oddHeader.center.text  # the file name: in the footer


def test_no_personal_data_in_document_properties(db, office, tmp_path: Path):
    path = tmp_path / "partner.xlsx"
    export_workbook(db, path, recipient=Recipient.parse("partner"))
    with zipfile.ZipFile(path) as archive:
        properties = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("docProps/"))
        workbook = archive.read("xl/workbook.xml").decode()
    for name in PEOPLE:
        assert not any(value in properties for value in personal_strings(name))
        assert name not in workbook  # defined names


def test_every_export_is_logged_with_its_consent_basis(db, office, tmp_path: Path):
    export_workbook(db, tmp_path / "one.xlsx")
    export_workbook(db, tmp_path / "two.xlsx", recipient=Recipient.parse("third-party:UNODC"))
    receipts = list_receipts(db)
    assert [r.recipient for r in receipts] == ["same-party", "third-party:UNODC"]
    same_party = receipts[0]
    assert same_party.counts["contacts"] == {"included": 6, "pseudonymised": 0, "left_out": 0}
    assert same_party.basis == {}  # no consent needed within the party
    unodc = receipts[1]
    assert set(unodc.basis) == {office[n] for n in CONSENTED_FOR_UNODC}
    assert unodc.counts["contacts"] == {"included": 2, "pseudonymised": 4, "left_out": 0}
    assert unodc.sha256 == hashlib.sha256((tmp_path / "two.xlsx").read_bytes()).hexdigest()


def test_consent_records_are_append_only(db, office):
    from mouliaison.domain.validation import Invalid

    consent_id = records.list_records(db, "consent_record")[0].id
    with pytest.raises(Invalid, match="withdrawal"):
        records.edit_record(db, "consent_record", consent_id, {"evidence": "changed"})
    with pytest.raises(Invalid, match="never deleted"):
        records.delete_record(db, "consent_record", consent_id)


def test_cli_consent_and_receipts(db_path: Path, tmp_path: Path, capsys):
    def run(*args: str) -> tuple[int, str]:
        code = main(["--db", str(db_path), *args])
        return code, capsys.readouterr().out

    _, out = run("add", "contact", "full_name=Amina Yusuf", "--json")
    contact = json.loads(out)["id"]
    code, out = run("add", "consent", f"contact={contact}", "recipient=third-party:UNODC", f"given_on={LONG_AGO}",
                    "method=signed-form", "evidence=FORM-1", "--json")
    assert code == 0
    consent_id = json.loads(out)["id"]
    code, out = run("export", str(tmp_path / "u.xlsx"), "--recipient", "third-party:UNODC", "--json")
    assert code == 0 and json.loads(out)["contacts"] == {"included": 1, "pseudonymised": 0, "left_out": 0}
    assert run("withdraw-consent", consent_id, "--on", YESTERDAY, "--evidence", "EMAIL-2")[0] == 0
    code, out = run("export", str(tmp_path / "v.xlsx"), "--recipient", "third-party:UNODC", "--json")
    assert json.loads(out)["contacts"] == {"included": 0, "pseudonymised": 1, "left_out": 0}
    assert json.loads(out)["pseudonymised_because"] == ["consent withdrawn"]
    code, out = run("receipts", "--json")
    assert [r["counts"]["contacts"] for r in json.loads(out)] == [
        {"included": 1, "pseudonymised": 0, "left_out": 0}, {"included": 0, "pseudonymised": 1, "left_out": 0}]
    assert run("add", "consent", f"contact={contact}", "recipient=everyone", "given_on=2026-01-01",
               "method=email", "evidence=x")[0] == 1
