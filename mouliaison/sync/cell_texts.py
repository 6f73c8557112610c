"""What a visible cell of a liaison workbook shows for a code or an id, and back (format 3).

A workbook goes to people: its visible cells name a party "IOM", a contact "Amina Otieno", a
status "Planned" ("Prévue" in an export in French), a country "Kenya", where format 2 wrote
ids and codes. The hidden sheets still hold the ids and codes. The export writes the text it
showed for each code and id it used (`CellTexts`, a row of the `_meta` sheet, so the content
hash covers it); the import compares each cell with that text (`restore`): the same text is
the exported code or id, whatever names the importing office holds (two parties may share a
name, a contact may have been renamed meanwhile); another text is a person's edit, read by
label (cells.py) or by name (names_in_cells.py), or refused with the reason.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from mouliaison.domain.fields import Field
from mouliaison.domain.iso_labels import COUNTRY_LABELS, LANGUAGE_LABELS
from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.versions import canonical_json
from mouliaison.domain.vocabularies import VocabularyIndex
from mouliaison.resources.translations.catalog_domain import DOMAIN

LANGUAGES = ("en", "fr", "es")  # the languages a workbook's labels may be written in
META_KEY = "cell_texts"  # the `_meta` row with the texts shown (and "cell_texts.2"... after it)
ROW_CHARACTERS = 100 * 32_000  # of the texts' JSON on one `_meta` row: 100 cells, far below a reader's column cap
LANGUAGE_KEY = "labels_language"  # the `_meta` row with the language of the labels
SEPARATOR = "; "  # between the names or labels of a list cell (a name may hold a comma)
_TERM = "term:"  # namespace of a vocabulary's codes; a record type's name is that of its ids
_ISO = {"country": COUNTRY_LABELS, "language": LANGUAGE_LABELS}


def translated(english: str, language: str) -> str:
    """An English label of the domain (a record type, a field, a term) in `language`, if known."""
    if language == "en":
        return english
    found = DOMAIN.get(english)
    return found[LANGUAGES.index(language) - 1] if found else english


def term_label(vocab: VocabularyIndex, vocabulary: str, code: str, language: str) -> str:
    """A term's label in `language` (its English label where no translation is known)."""
    english = vocab.label(vocabulary, code)
    if language == "en":
        return english
    iso = _ISO.get(vocabulary)
    if iso is not None:
        found = iso.get(code)
        return found[LANGUAGES.index(language) - 1] if found else english
    return translated(english, language)


def other_labels(vocabulary: str, code: str, english: str) -> tuple[str, ...]:
    """A term's French and Spanish labels: a cell typed in either reads as the term."""
    iso = _ISO.get(vocabulary)
    if iso is not None:
        return tuple(iso.get(code, ()))
    return tuple(DOMAIN.get(english, ()))


def _plain(text: str) -> str:
    """A cell's text as compared with what was shown: NFC, single spaces, trimmed."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


@functools.cache
def _shown_fields(entity: str) -> dict[str, tuple[Field, str]]:
    """The fields whose cells show names or labels, with the namespace of their ids or codes."""
    found = {}
    for f in RECORD_TYPES[entity].fields:
        if f.target is not None:
            found[f.key] = (f, f.target)
        elif f.vocabulary is not None:
            found[f.key] = (f, _TERM + f.vocabulary)
    return found


class CellTexts:
    """Namespace (a record type, or `term:` and a vocabulary) -> id or code -> the text shown."""

    def __init__(self, texts: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.texts: dict[str, dict[str, str]] = {ns: dict(found) for ns, found in (texts or {}).items()}

    @classmethod
    def from_meta(cls, text: str) -> CellTexts | None:
        """The texts of a `_meta` row; None when it is not what an export writes."""
        try:
            found = json.loads(text)
        except ValueError:
            return None
        if not isinstance(found, dict) or not all(
            isinstance(ns, str) and isinstance(texts, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items())
            for ns, texts in found.items()
        ):
            return None
        return cls(found)

    def meta_rows(self) -> dict[str, str]:
        """The `_meta` rows (key, JSON text) that hold the texts: as many as their length needs."""
        text = canonical_json(self.texts)
        pieces = [text[i : i + ROW_CHARACTERS] for i in range(0, len(text), ROW_CHARACTERS)]
        return {META_KEY if n == 1 else f"{META_KEY}.{n}": piece for n, piece in enumerate(pieces, start=1)}

    @staticmethod
    def meta_text(meta: Mapping[str, str]) -> str | None:
        """The texts' JSON from the `_meta` rows meta_rows wrote (None: a file before format 3)."""
        if META_KEY not in meta:
            return None
        pieces, n = [meta[META_KEY]], 2
        while f"{META_KEY}.{n}" in meta:
            pieces.append(meta[f"{META_KEY}.{n}"])
            n += 1
        return "".join(pieces)

    def text_of(self, namespace: str, code: str) -> str:
        return self.texts.get(namespace, {}).get(code, code)

    def shown(self, field: Field, wire: Any) -> str:
        """The text a cell of `field` shows for its wire value (an id, a code or a list of them)."""
        namespace = field.target if field.target is not None else _TERM + (field.vocabulary or "")
        if isinstance(wire, list | tuple):
            return SEPARATOR.join(self.text_of(namespace, item) for item in wire)
        return self.text_of(namespace, str(wire))

    def restore(self, entity: str, cells: dict[str, Any], base: Mapping[str, Any]) -> None:
        """Put back, in a row's `cells`, the exported id or code where a cell still shows what the
        export wrote for it (as format 2 wrote them: the rest of the import reads them so)."""
        fields = _shown_fields(entity)
        for key, raw in cells.items():
            found = fields.get(key)
            if found is None or raw.__class__ is not str:
                continue
            wire = base.get(key)
            if wire is None:
                continue
            shown = self.shown(found[0], wire)
            if raw == shown or _plain(raw) == _plain(shown):
                cells[key] = ", ".join(wire) if isinstance(wire, list | tuple) else wire


# The name a recipient may see of a referenced record: None for its id (policy: sync/export.py)
ReferenceTitle = Callable[[str, str, str], "str | None"]


class ExportTexts(CellTexts):
    """The texts an export shows, looked up as cells need them: the titles of each record type
    in one query (`titles`), labels in the export's language; only those used are written."""

    def __init__(self, titles: Callable[[str], Mapping[str, str]], vocab: VocabularyIndex, language: str,
                 reference_title: ReferenceTitle) -> None:
        super().__init__()
        if language not in LANGUAGES:
            raise ValueError(f"'{language}' is not a language of the workbook's labels ({', '.join(LANGUAGES)})")
        self.language = language
        self._titles = titles
        self._vocab = vocab
        self._reference_title = reference_title
        self._loaded: dict[str, Mapping[str, str]] = {}

    def text_of(self, namespace: str, code: str) -> str:
        found = self.texts.get(namespace)
        if found is not None and code in found:
            return found[code]
        if namespace.startswith(_TERM):
            text = term_label(self._vocab, namespace[len(_TERM):], code, self.language)
        else:
            titles = self._loaded.get(namespace)
            if titles is None:
                titles = self._loaded[namespace] = self._titles(namespace)
            title = titles.get(code)
            text = (self._reference_title(namespace, code, title) if title else None) or code
        self.texts.setdefault(namespace, {})[code] = text
        return text
