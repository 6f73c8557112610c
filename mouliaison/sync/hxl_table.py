"""Flat tables tagged with HXL (the Humanitarian Exchange Language) for tools at headquarters.

One table per record type: a header row in words, then a row of HXL hashtags, then one row
per record, as in a 3W sheet (who does what where): `#activity+name`, `#org+lead`, `#sector`
for the MOU's thematic areas, `#country+code`, `#date+start`, `#status`... Values are what a
person reads (labels and names); what may go to whom is decided before (services/flat_exports).
Written as CSV (UTF-8 with a byte-order mark, so Excel reads accents right) or as one xlsx
sheet per table.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from mouliaison.domain.fields import Field, Kind
from mouliaison.sync.escaped_workbook import EscapedWorkbook

# (record type, field) -> hashtag and attributes, where the 3W convention has a name for it
TAGS: dict[tuple[str, str], str] = {
    ("activity", "title"): "#activity+name",
    ("activity", "description"): "#activity+description",
    ("activity", "kind"): "#activity+type",
    ("activity", "thematic_areas"): "#sector+list",
    ("activity", "lead_party"): "#org+lead",
    ("activity", "organisations"): "#org+impl+list",
    ("activity", "places"): "#loc+name",
    ("activity", "planned_start_date"): "#date+start+planned",
    ("activity", "planned_end_date"): "#date+end+planned",
    ("activity", "start_date"): "#date+start",
    ("activity", "end_date"): "#date+end",
    ("activity", "participants_women"): "#reached+f",
    ("activity", "participants_men"): "#reached+m",
    ("meeting", "title"): "#event+name",
    ("meeting", "date"): "#date",
    ("meeting", "kind"): "#event+type",
    ("meeting", "organiser_party"): "#org+organiser",
    ("meeting", "location"): "#loc+name",
    ("organisation", "name"): "#org+name",
    ("organisation", "acronym"): "#org+acronym",
    ("organisation", "organisation_type"): "#org+type",
    ("office", "name"): "#org+office+name",
    ("office", "party"): "#org",
    ("party", "code"): "#org+acronym",
    ("party", "name"): "#org+name",
    ("contact", "full_name"): "#contact+name",
    ("contact", "email"): "#contact+email",
    ("contact", "phone"): "#contact+phone",
    ("contact", "organisation"): "#org+name",
    ("project_agreement", "title"): "#activity+project+name",
    ("project_agreement", "start_date"): "#date+start",
    ("project_agreement", "end_date"): "#date+end",
}


def tag_for(entity: str, field: Field) -> str:
    """The field's hashtag: the 3W name where there is one, else one from its kind and key."""
    if (entity, field.key) in TAGS:
        return TAGS[(entity, field.key)]
    key = re.sub(r"[^a-z0-9_]", "", field.key.lower())
    plural = "+list" if field.kind.is_list else ""
    if field.key == "status":
        return "#status"
    if field.kind == Kind.DATE:
        return f"#date+{key}"
    if field.vocabulary == "country":
        return f"#country+name{plural}"
    if field.vocabulary == "thematic_area":
        return f"#sector{plural}"
    if field.target == "party":
        return f"#org+{key}"
    if field.target == "contact":
        return f"#contact+name+{key}{plural}"
    if field.target == "organisation":
        return f"#org+{key}{plural}"
    if field.kind == Kind.INTEGER:
        return f"#indicator+num+{key}"
    return f"#meta+{key}{plural}"


@dataclass(frozen=True)
class Table:
    name: str  # the record type's key: the sheet's name, or the end of the CSV file's name
    title: str  # "Joint activities"
    headers: tuple[str, ...]
    tags: tuple[str, ...]
    rows: tuple[tuple[str | int, ...], ...]


def write_csv(table: Table, path: Path) -> Path:
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(table.headers)
            writer.writerow(table.tags)
            writer.writerows(table.rows)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def write_xlsx(tables: list[Table], path: Path) -> Path:
    partial = path.with_name(path.name + ".partial")
    book = EscapedWorkbook(str(partial), {"strings_to_numbers": False, "strings_to_formulas": False,
                                          "strings_to_urls": False})
    try:
        bold = book.add_format({"bold": True})
        tag = book.add_format({"italic": True, "font_color": "#555555"})
        for table in tables:
            sheet = book.add_worksheet(table.name[:31])
            sheet.write_row(0, 0, table.headers, bold)
            sheet.write_row(1, 0, table.tags, tag)
            for n, row in enumerate(table.rows, start=2):
                for column, value in enumerate(row):
                    if isinstance(value, int):
                        sheet.write_number(n, column, value)
                    elif value:  # an empty cell stays blank
                        sheet.write_string(n, column, value)
            sheet.freeze_panes(2, 0)
            for column, header in enumerate(table.headers):
                longest = max([len(header), *(len(str(r[column])) for r in table.rows)])
                sheet.set_column(column, column, min(longest, 50) + 2)
        book.close()
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path
