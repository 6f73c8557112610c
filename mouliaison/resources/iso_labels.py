"""Build mouliaison/domain/iso_labels.py: the French and Spanish labels of countries and languages.

A workbook for a partner shows countries and languages by their names, in the language chosen
for the export (sync/cell_texts.py). The window translates them through its .qm files (Qt);
the export has no Qt, so it reads them from the generated module. Its names come from Debian's
iso-codes through gettext (iso_3166-1.mo and iso_639-2.mo), as the window's translations do
(resources/translations/domain_messages.py); iso-codes is read here only, never at run time.

Run from the repository root, with the venv active:

    python mouliaison/resources/iso_labels.py
"""

from __future__ import annotations

import gettext
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from mouliaison.domain.countries import COUNTRIES  # noqa: E402
from mouliaison.domain.languages import LANGUAGES  # noqa: E402

TARGET = ROOT / "mouliaison" / "domain" / "iso_labels.py"
LOCALES = ("fr", "es")


def labels(domain: str, pairs: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    catalogues = [gettext.translation(domain, "/usr/share/locale", languages=[lang], fallback=True)
                  for lang in LOCALES]
    return {code: tuple(c.gettext(label) for c in catalogues) for code, label in pairs}


def main() -> int:
    lines = [
        '"""French and Spanish labels of countries and languages, by code (generated: do not edit).',
        "",
        "Written by mouliaison/resources/iso_labels.py from Debian's iso-codes. sync/cell_texts.py",
        "reads them for a workbook exported in French or Spanish.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "",
    ]
    made = (("COUNTRY_LABELS", "iso_3166-1", COUNTRIES), ("LANGUAGE_LABELS", "iso_639-2", LANGUAGES))
    for name, domain, pairs in made:
        lines.append(f"{name}: dict[str, tuple[str, str]] = {{  # code -> (French, Spanish)")
        lines += [f"    {code!r}: ({fr!r}, {es!r})," for code, (fr, es) in labels(domain, pairs).items()]
        lines += ["}", ""]
    TARGET.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
