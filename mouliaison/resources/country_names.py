"""Build mouliaison/domain/country_names.py: every name a person may write for a country.

A plain sheet from a coordinator names countries as people do: "Tanzanie", "United Republic
of Tanzania", "DRC", "Côte d'Ivoire". The import reads them through the generated module. Its
names come from Debian's iso-codes (iso_3166-1.json: alpha-2, name, official and common names;
the French and Spanish ones through gettext, iso_3166-1.mo), with each "Name, qualifier" form
also turned round ("Korea, Republic of" -> "Republic of Korea") and cut at the comma ("Korea":
shared by both Koreas, so the import refuses it and names both). SHORT_NAMES below adds the
short names people use that the standard does not list. iso-codes is read here only, never at
run time (`apt-get install iso-codes` where it is missing).

Run from the repository root, with the venv active:

    python mouliaison/resources/country_names.py
"""

from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from mouliaison.domain.countries import COUNTRIES  # noqa: E402

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
TARGET = ROOT / "mouliaison" / "domain" / "country_names.py"

# Short and former names in common use (English, French, Spanish) that iso-codes does not give.
SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "COD": ("DRC", "DR Congo", "RDC", "RD Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
            "Congo (Kinshasa)", "Congo, Democratic Republic of", "République démocratique du Congo",
            "República Democrática del Congo", "Zaire"),
    "COG": ("Congo-Brazzaville", "Congo (Brazzaville)", "Republic of the Congo", "Republic of Congo",
            "Congo, Republic of the"),
    "GBR": ("UK", "U.K.", "Great Britain", "Britain", "Grande-Bretagne", "Gran Bretaña", "Royaume Uni"),
    "USA": ("USA", "U.S.A.", "US", "U.S.", "United States of America", "EEUU", "EE. UU.", "EE.UU.",
            "Etats-Unis", "Estados Unidos"),
    "TZA": ("Tanzania", "Tanzanie"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Costa de Marfil"),
    "LAO": ("Laos", "Lao PDR"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "TUR": ("Turkey", "Türkiye", "Turkiye", "Turquie", "Turquía"),
    "VNM": ("Vietnam", "Viet Nam", "Viêt Nam", "Viêt-nam"),
    "KOR": ("South Korea", "Corée du Sud", "Corea del Sur", "Republic of Korea"),
    "PRK": ("North Korea", "Corée du Nord", "Corea del Norte"),
    "BOL": ("Bolivia", "Bolivie"),
    "IRN": ("Iran", "Persia"),
    "VEN": ("Venezuela",),
    "MDA": ("Moldova", "Moldavie"),
    "CZE": ("Czech Republic", "République tchèque", "República Checa", "Tchéquie", "Chequia"),
    "SWZ": ("Swaziland",),
    "MKD": ("Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MMR": ("Burma", "Birmanie"),
    "CPV": ("Cape Verde", "Cap-Vert", "Cabo Verde"),
    "TLS": ("East Timor", "Timor oriental"),
    "VAT": ("Vatican", "Holy See", "Saint-Siège", "Santa Sede"),
    "PSE": ("Palestine", "Palestina"),
    "FSM": ("Micronesia",),
    "BRN": ("Brunei",),
    "TWN": ("Taiwan", "Taïwan"),
    "MAC": ("Macau",),
    "GMB": ("The Gambia",),
    "BHS": ("The Bahamas",),
    "NLD": ("The Netherlands", "Holland", "Pays-Bas", "Países Bajos"),
}


def names_of(record: dict[str, str], translations: list[gettext.NullTranslations]) -> list[str]:
    english = [record[k] for k in ("name", "official_name", "common_name") if k in record]
    names = [record["alpha_2"], *english]
    for catalogue in translations:
        names += [catalogue.gettext(n) for n in english]
    for name in list(names):
        if ", " in name:  # "Korea, Republic of": also "Republic of Korea", and "Korea"
            head, qualifier = name.split(", ", 1)
            names += [f"{qualifier} {head}", head]
    return names


def wrapped(code: str, names: list[str]) -> list[str]:
    """`code: (names...),` in lines that fit the line length (120)."""
    lines, line = [], f"    {code!r}: ("
    for name in names:
        item = f"{name!r}, "
        if len(line) + len(item) > 114:
            lines.append(line.rstrip())
            line = "        "
        line += item
    return [*lines, line.rstrip() + "),"]


def main() -> int:
    if not ISO_JSON.exists():
        print(f"{ISO_JSON} is missing: apt-get install iso-codes", file=sys.stderr)
        return 1
    records = {r["alpha_3"]: r for r in json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]}
    translations = [gettext.translation("iso_3166-1", "/usr/share/locale", languages=[lang]) for lang in ("fr", "es")]
    lines = [
        '"""Names people write for each country, by ISO 3166-1 alpha-3 code (generated: do not edit).',
        "",
        "Written by mouliaison/resources/country_names.py from Debian's iso-codes (English, French",
        "and Spanish names, official and common forms) and its list of short names in common use.",
        "domain/countries.py reads them; the app's own labels are in COUNTRIES.",
        '"""',
        "",
        "COUNTRY_NAMES: dict[str, tuple[str, ...]] = {",
    ]
    for code, _label in COUNTRIES:
        found = names_of(records[code], translations) + list(SHORT_NAMES.get(code, ()))
        unique = list(dict.fromkeys(n.strip() for n in found if n.strip()))
        lines += wrapped(code, unique)
    lines.append("}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(COUNTRIES)} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
