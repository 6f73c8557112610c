"""Mappings a person chose for plain sheets, kept so that the next sheet with the same layout
(the same headers, in order: `SheetMapping.layout()`) is proposed the same way.

They live beside the preferences (`mappings.json` in the config folder) as one sheet entry of
a mapping file per layout. A missing file is no saved mapping; a damaged one never stops an
import: it is kept aside (`mappings.json.damaged`) and the reader's own proposals apply.
A mapping a person gives (`import --map`) is checked here before anything is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from mouliaison.services.preferences import config_dir, keep_aside, write_json_atomically
from mouliaison.sync.sheet_mapping import MAPPING_FORMAT, MAPPING_VERSION, MappingFile, MappingProblem, SheetMapping

FILE_NAME = "mappings.json"


def saved_mappings_path() -> Path:
    return config_dir() / FILE_NAME


def load_saved_mappings() -> MappingFile:
    """The saved choices, by layout (`MappingFile.by_layout`); none when none can be read."""
    path = saved_mappings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return MappingFile()
    try:
        data = json.loads(text)
        layouts = data["layouts"]
        if not isinstance(layouts, dict):
            raise MappingProblem("no layouts")
        parsed = MappingFile.from_json({"format": MAPPING_FORMAT, "version": MAPPING_VERSION, "sheets": layouts})
    except (ValueError, KeyError, TypeError):  # JSONDecodeError and MappingProblem are ValueErrors
        keep_aside(path)
        return MappingFile()
    return MappingFile(by_layout=dict(parsed.sheets))


def save_mappings(mappings: Iterable[SheetMapping]) -> list[str]:
    """Keep each mapping for its layout (a later one replaces an earlier one of the same layout);
    returns the sheets saved. Written atomically, like the preferences."""
    path = saved_mappings_path()
    try:
        layouts = json.loads(path.read_text(encoding="utf-8"))["layouts"]
        if not isinstance(layouts, dict):
            layouts = {}
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        layouts = {}
    saved = []
    for mapping in mappings:
        if mapping.entity is None or not mapping.columns:
            continue
        layouts[mapping.layout()] = mapping.choices()
        saved.append(mapping.sheet)
    if not saved:
        return saved
    write_json_atomically(path, {"format": "mouliaison-saved-mappings", "version": 1, "layouts": layouts})
    return saved


def read_mapping_file(path: Path) -> MappingFile:
    """A person's mapping file (`import --map`), checked: MappingProblem says what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MappingProblem(f"the mapping file {path} does not exist; write one with "
                             "`mouliaison import FILE --show-mapping > MAPPING.json`") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingProblem(f"the mapping file {path} cannot be read: "
                             f"{getattr(exc, 'strerror', None) or exc}") from None
    return MappingFile.loads(text)  # which checks every type and field it names


def check_against_sheets(mapping: MappingFile, read: dict[str, dict[str, SheetMapping]]) -> None:
    """Every sheet and column a person's mapping names is in the files (file -> sheet -> mapping as
    read): a choice that matches nothing would be dropped silently."""
    sheets: dict[str, list[SheetMapping]] = {}
    for mappings in read.values():
        for name, found in mappings.items():
            sheets.setdefault(name, []).append(found)
    for name, choice in mapping.sheets.items():
        if name not in sheets:
            shown = ", ".join(f"'{n}'" for n in sorted(sheets)) or "none"
            raise MappingProblem(f"the mapping file names sheet '{name}', which none of the files has (their "
                                 f"plain sheets: {shown}); correct the sheet's name in the mapping file")
        for found in sheets[name]:
            headers = {c.header for c in found.columns}
            missing = [h for h in choice.columns if h not in headers]
            if missing:
                raise MappingProblem(f"sheet '{name}' has no column headed {', '.join(repr(h) for h in missing)} "
                                     f"(row {found.header_row}: {', '.join(repr(h) for h in sorted(headers))}); "
                                     "write the header as the sheet shows it")


def with_saved(person: MappingFile | None) -> MappingFile | None:
    """A person's choices by sheet name, and the saved ones by layout for the other sheets;
    None when there are neither (the reader proposes every mapping itself)."""
    saved = load_saved_mappings()
    if person is None and not saved.by_layout:
        return None
    return MappingFile(sheets=dict(person.sheets) if person else {}, by_layout=saved.by_layout)
