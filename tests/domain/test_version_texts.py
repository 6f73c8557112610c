"""Version.texts: an imported version's JSON, kept as it came (the values' text as UTF-8 bytes)."""

from __future__ import annotations

from mouliaison.domain.versions import Version, canonical_json
from mouliaison.sync.reader import _version

VID, RID, SITE = "0" * 8 + "-0000-4000-8000-" + "0" * 11 + "1", "1" * 8 + "-1111-4111-8111-" + "1" * 12, \
    "2" * 8 + "-2222-4222-8222-" + "2" * 12


def test_values_text_kept_as_bytes_reads_back_as_the_same_text() -> None:
    values = {"title": "Formation à la frontière 😀", "countries": ["KEN"]}
    text = canonical_json(values)
    held = Version(VID, "activity", RID, 5, SITE, values, {}, texts=(text.encode(), "{}"))
    assert held.values_json() == text and held.values_json().__class__ is str
    assert held.parents_json() == "{}"
    assert Version(VID, "activity", RID, 5, SITE, values, {}, texts=(text, "{}")).values_json() == text


def read_row(values_text: str) -> Version:
    return _version([VID, "activity", RID, "7", SITE, "local", "", "1", "{}", values_text[:10], values_text[10:]],
                    "f.xlsx")


def test_a_version_row_read_keeps_its_cells_text_as_it_came() -> None:
    values_text = '{"z":1, "title":"Réunion   à Busia"}'  # not as any encoder here would write it: kept as it came
    version = read_row(values_text)
    assert isinstance(version.texts[0], bytes)
    assert version.values_json() == values_text and version.values == {"title": "Réunion   à Busia", "z": 1}


def test_a_text_its_values_make_again_is_not_held_but_stored_the_same() -> None:
    values_text = '{"title":"Réunion   à Busia","z":1}'  # compact, sorted, UTF-8: what json_text.sorted_compact writes
    version = read_row(values_text)
    assert version.texts[0] is None
    assert version.values_json() == values_text and version.values == {"title": "Réunion   à Busia", "z": 1}
