"""The check every incoming file passes before a spreadsheet library parses it.

Fixture files: tests/fixtures/incoming, made by make_incoming_fixtures.py there.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import struct
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mouliaison.sync.file_checks import Limits, RefusedFile, check_workbook_file, check_xml_safety
from mouliaison.sync.refusals import size_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "incoming"
GOOD = ("ok_openpyxl.xlsx", "ok_xlsxwriter.xlsx")
BILLION_LAUGHS = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;">]>'

# file, kind, words of the advice the message must give
REFUSED = [
    ("empty.xlsx", "empty", "send it again"),
    ("random_bytes.xlsx", "not_zip", "Ask the sender for the workbook saved from Excel as .xlsx"),
    ("csv_renamed.xlsx", "not_zip", "save it as an Excel workbook (.xlsx)"),
    ("legacy_97_2003.xls", "xls", "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)"),
    ("password_protected.xlsx", "encrypted", "remove the password, save it again"),
    ("zip_encrypted_entries.xlsx", "encrypted", "remove the password, save it again"),
    ("word_renamed.xlsx", "not_a_workbook", "Ask the sender for the Excel workbook (.xlsx)"),
    ("powerpoint_renamed.xlsx", "not_a_workbook", "Ask the sender for the Excel workbook (.xlsx)"),
    ("opendocument_renamed.xlsx", "not_a_workbook", "save it as \"Excel 2007-365 (.xlsx)\""),
    ("plain_zip_renamed.xlsx", "not_a_workbook", "Ask the sender for the Excel workbook (.xlsx)"),
    ("binary_workbook.xlsb", "not_a_workbook", "save it as an Excel workbook (.xlsx)"),
    ("macros_vba.xlsm", "macros", "without macros"),
    ("macros_content_type.xlsx", "macros", "without macros"),
    ("truncated.xlsx", "truncated", "send it again"),
    ("crc_error.xlsx", "corrupt", "send it again"),
    ("bomb_many_entries.xlsx", "too_many_entries", "Do not open it"),
    ("bomb_declared_size.xlsx", "uncompressed_too_large", "Do not open it"),
    ("bomb_ratio.xlsx", "compression_ratio", "Do not open it"),
    ("bomb_lying_header.xlsx", "compression_ratio", "Do not open it"),
    ("bomb_overlapping.xlsx", "overlapping_entries", "Do not open it"),
    ("unsafe_path_dotdot.xlsx", "unsafe_path", "Do not open it"),
    ("unsafe_path_absolute.xlsx", "unsafe_path", "Do not open it"),
    ("xml_bomb_sheet.xlsx", "xml_entities", "Do not open it"),
    ("xml_bomb_shared_strings.xlsx", "xml_entities", "Do not open it"),
    ("xml_bomb_after_comment.xlsx", "xml_entities", "Do not open it"),
    ("xml_bomb_utf16.xlsx", "xml_entities", "Do not open it"),
    ("xml_utf7.xlsx", "xml_encoding", "Do not open it"),
]

# what the message must say the file is
WHAT = {
    "legacy_97_2003.xls": "old Excel 97-2003 workbook (.xls)",
    "csv_renamed.xlsx": "plain text file",
    "word_renamed.xlsx": "Word document",
    "powerpoint_renamed.xlsx": "PowerPoint presentation",
    "opendocument_renamed.xlsx": "OpenDocument spreadsheet",
    "plain_zip_renamed.xlsx": "zip archive but not an Excel workbook",
    "binary_workbook.xlsb": "Excel binary workbook (.xlsb)",
    "password_protected.xlsx": "protected with a password",
    "macros_vba.xlsm": "macro-enabled workbook",
    "truncated.xlsx": "incomplete",
    "crc_error.xlsx": "damaged",
    "bomb_ratio.xlsx": "zip bomb",
    "unsafe_path_dotdot.xlsx": "leads outside the workbook",
    "xml_bomb_sheet.xlsx": "XML entity declarations",
}


def refusal(path: Path, limits: Limits = Limits()) -> RefusedFile:  # noqa: B008
    with pytest.raises(RefusedFile) as caught:
        check_workbook_file(path, limits)
    return caught.value


@pytest.mark.parametrize("name", GOOD)
def test_a_normal_workbook_passes(name):
    # their cells hold "<!DOCTYPE html>" and "<!ENTITY x 'y'>" as text: escaped, so not refused
    check_workbook_file(FIXTURES / name)
    check_workbook_file(str(FIXTURES / name))


@pytest.mark.parametrize(("name", "kind", "advice"), REFUSED, ids=[r[0] for r in REFUSED])
def test_a_bad_file_is_refused_with_what_it_is_and_what_to_do(name, kind, advice):
    refused = refusal(FIXTURES / name)
    assert refused.kind == kind
    assert f'"{name}"' in refused.message
    assert advice in refused.message
    assert WHAT.get(name, "") in refused.message
    assert str(refused) == refused.message


def test_a_missing_file(tmp_path):
    refused = refusal(tmp_path / "gone.xlsx")
    assert refused.kind == "missing"
    assert "gone.xlsx" in refused.message and "choose the file again" in refused.message


def test_a_folder(tmp_path):
    (tmp_path / "inbox.xlsx").mkdir()
    refused = refusal(tmp_path / "inbox.xlsx")
    assert refused.kind == "folder"
    assert '"inbox.xlsx" is a folder' in refused.message and "choose the .xlsx workbook inside" in refused.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.xlsx")
    refused = refusal(tmp_path / "pipe.xlsx")
    assert refused.kind == "not_a_file"
    assert '"pipe.xlsx"' in refused.message and "Choose the workbook file itself" in refused.message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_an_unreadable_file(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes((FIXTURES / "ok_openpyxl.xlsx").read_bytes())
    path.chmod(0)
    refused = refusal(path)
    assert refused.kind == "unreadable"
    assert '"locked.xlsx"' in refused.message and "allowed to open it" in refused.message


def test_a_file_over_the_size_limit():
    refused = refusal(FIXTURES / "ok_openpyxl.xlsx", Limits(max_file_bytes=4096))
    assert refused.kind == "too_large"
    assert '"ok_openpyxl.xlsx" is 5 KB, more than the 4 KB' in refused.message
    assert "split it into smaller workbooks" in refused.message


def test_what_a_file_may_unpack_to_grows_with_its_size():
    """A big genuine workbook (headquarters' 1,000,000 activities: 1.2 GB, 5 GiB unpacked) is
    taken; a small file unpacking to far more than its size is still refused."""
    path = FIXTURES / "ok_openpyxl.xlsx"
    size = path.stat().st_size
    unpacked = sum(info.file_size for info in zipfile.ZipFile(path).infolist())
    assert unpacked > 1024
    grown = Limits(max_uncompressed_bytes=1024, max_unpacked_per_byte=unpacked / size + 1)
    assert grown.for_file(size).max_uncompressed_bytes == int((unpacked / size + 1) * size)
    check_workbook_file(path, grown)  # more than the base, less than its size allows
    refused = refusal(path, Limits(max_uncompressed_bytes=1024, max_unpacked_per_byte=1.0))
    assert refused.kind == "uncompressed_too_large"
    assert f"more than the {size_text(size)} this app accepts" in refused.message
    assert Limits().for_file(10).max_uncompressed_bytes == 2 * 2**30  # a small file: the base


def test_more_entries_than_allowed():
    refused = refusal(FIXTURES / "ok_openpyxl.xlsx", Limits(max_entries=5))
    assert refused.kind == "too_many_entries"
    assert '"ok_openpyxl.xlsx"' in refused.message and "Do not open it" in refused.message


def test_a_header_that_lies_is_caught_by_the_actual_size():
    """It declares 1,000 bytes: reading stops once the unpacked bytes pass the limit."""
    limits = Limits(max_uncompressed_bytes=2 * 2**20, max_ratio=10**9)
    refused = refusal(FIXTURES / "bomb_lying_header.xlsx", limits)
    assert refused.kind == "uncompressed_too_large"
    assert "holds more than" in refused.message and "Do not open it" in refused.message


def test_the_size_in_the_header_must_match_the_content():
    refused = refusal(FIXTURES / "bomb_lying_header.xlsx", Limits(max_ratio=10**9))
    assert refused.kind == "corrupt"
    assert "larger than the table of contents says" in refused.message


def test_a_table_of_contents_pointing_before_the_file(tmp_path):
    data = bytearray((FIXTURES / "ok_openpyxl.xlsx").read_bytes())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<I", data, end + 16, struct.unpack_from("<I", data, end + 16)[0] + 100)
    (tmp_path / "shifted.xlsx").write_bytes(data)
    refused = refusal(tmp_path / "shifted.xlsx")
    assert refused.kind == "corrupt" and "before the start of the file" in refused.message


def test_the_ratio_limit_applies_as_set():
    check_workbook_file(FIXTURES / "bomb_ratio.xlsx", Limits(max_ratio=2000))  # 1,028:1, 4 MiB of zeros


def with_sheet(tmp_path: Path, sheet: bytes, name: str = "sheet.xlsx") -> Path:
    """ok_openpyxl.xlsx with another xl/worksheets/sheet1.xml."""
    path = tmp_path / name
    with zipfile.ZipFile(FIXTURES / "ok_openpyxl.xlsx") as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            content = sheet if info.filename == "xl/worksheets/sheet1.xml" else source.read(info)
            target.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
    return path


SHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp037"])
@pytest.mark.parametrize("bangs", [0, 40])
def test_a_dtd_is_found_in_any_encoding_after_any_comment(tmp_path, encoding, bangs):
    """"!" in a comment before the DTD (many of them switch the search method)."""
    label = {"utf-8-sig": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}.get(encoding, encoding)
    prolog = f'<?xml version="1.0" encoding="{label}"?><!-- {"Attention! " * bangs} -->'
    refused = refusal(with_sheet(tmp_path, (prolog + BILLION_LAUGHS + SHEET).encode(encoding)))
    assert refused.kind == "xml_entities"
    check_workbook_file(with_sheet(tmp_path, (prolog + SHEET).encode(encoding), "ok.xlsx"))


def test_a_declared_single_byte_encoding_passes(tmp_path):
    check_workbook_file(with_sheet(tmp_path, f'<?xml version="1.0" encoding="ISO-8859-1"?>{SHEET}'.encode()))


@pytest.mark.parametrize("before", [1, 2, 5, 9, 10, 11])
def test_a_dtd_across_a_chunk_boundary_is_found(tmp_path, before):
    """The entry is unpacked 4 MiB at a time; "<!DOCTYPE" starts `before` bytes before a boundary."""
    padding = "<!--" + "x" * (4 * 2**20 - before - 7) + "-->"
    refused = refusal(with_sheet(tmp_path, (padding + BILLION_LAUGHS + SHEET).encode()), Limits(max_ratio=10**9))
    assert refused.kind == "xml_entities"


def test_each_case_has_its_own_kind():
    kinds = {kind for _, kind, _ in REFUSED}
    assert len(kinds) == 15


def test_the_limits_must_be_positive():
    with pytest.raises(ValueError, match="max_entries"):
        Limits(max_entries=0)


def test_fixtures_are_small():
    for path in FIXTURES.iterdir():
        assert path.stat().st_size < 16 * 1024, path.name


def test_the_fixtures_are_real_and_the_xml_bombs_real_too():
    """The good fixtures open in openpyxl; the XML bombs are refused by defusedxml as well."""
    from defusedxml import DefusedXmlException

    sheet = openpyxl.load_workbook(FIXTURES / "ok_xlsxwriter.xlsx")["Contacts"]
    assert sheet["B2"].value == "Ana José" and sheet["C2"].value == dt.datetime(2023, 5, 2)
    assert openpyxl.load_workbook(FIXTURES / "ok_openpyxl.xlsx")["Contacts"]["D4"].value == "=1+1 stays text"
    for name in ("xml_bomb_sheet.xlsx", "xml_bomb_shared_strings.xlsx", "xml_bomb_after_comment.xlsx"):
        with pytest.raises(ValueError) as caught:  # openpyxl wraps some errors in a ValueError of its own
            openpyxl.load_workbook(FIXTURES / name)
        assert isinstance(caught.value, DefusedXmlException) or isinstance(caught.value.__cause__,
                                                                           DefusedXmlException)


def load_generator():
    spec = importlib.util.spec_from_file_location("make_incoming_fixtures", FIXTURES / "make_incoming_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_makes_the_committed_fixtures(tmp_path):
    """Same names, same verdicts (bytes may differ with another zlib)."""
    generated = load_generator().build_all()
    committed = {p.name for p in FIXTURES.iterdir() if p.suffix != ".py" and p.is_file()}
    assert set(generated) == committed
    for name, content in generated.items():
        (tmp_path / name).write_bytes(content)
        outcomes = []
        for path in (tmp_path / name, FIXTURES / name):
            try:
                check_workbook_file(path)
                outcomes.append("ok")
            except RefusedFile as refused:
                outcomes.append(refused.kind)
        assert outcomes[0] == outcomes[1], name


def test_xml_safety_is_in_place():
    check_xml_safety()


def test_xml_safety_without_defusedxml_in_openpyxl(monkeypatch):
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(RuntimeError, match="defusedxml"):
        check_xml_safety()


def test_xml_safety_without_defusedxml_installed(monkeypatch):
    monkeypatch.setitem(sys.modules, "defusedxml", None)  # import now fails
    with pytest.raises(RuntimeError, match="not installed"):
        check_xml_safety()


# ------------------------------------------------------------------------------------------
# Random damage: the check either passes or refuses; nothing else escapes, nothing hangs.

BASES = [(FIXTURES / name).read_bytes() for name in (*GOOD, "crc_error.xlsx")]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        size = len(data)
        # favour the end: the zip's table of contents and end record live there
        where = draw(st.one_of(st.integers(0, size - 1), st.integers(max(0, size - 700), size - 1)))
        operation = draw(st.sampled_from(["byte", "bit", "zero", "max", "insert", "delete", "truncate"]))
        if operation == "byte":
            data[where] = draw(st.integers(0, 255))
        elif operation == "bit":
            data[where] ^= 1 << draw(st.integers(0, 7))
        elif operation == "zero":
            data[where : where + 4] = bytes(len(data[where : where + 4]))
        elif operation == "max":
            data[where : where + 4] = b"\xff" * len(data[where : where + 4])
        elif operation == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "delete":
            del data[where : where + draw(st.integers(1, 64))]
        else:
            del data[where:]
    return bytes(data)


@settings(max_examples=400, deadline=dt.timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])
@given(data=damaged())
def test_random_damage_is_passed_or_refused_never_anything_else(tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / "damaged.xlsx"
    path.write_bytes(data)
    try:
        check_workbook_file(path)
    except RefusedFile as refused:
        assert refused.kind and '"damaged.xlsx"' in refused.message
