"""A vocabulary's terms as a person reads them, the same in a form's field and a filter's list.

Labels are in the window's language, MOU 4.1's thematic areas carry their number ("x.b · ..."),
short vocabularies keep their shipped order (statuses read planned, ongoing, completed,
cancelled; areas i, ii, ... x, x.a ... xi) and long ones (countries, languages) go by label.
"""

from __future__ import annotations

from collections.abc import Iterable

from mouliaison.domain.vocabularies import VOCABULARIES, VocabularyIndex
from mouliaison.ui.choices import Choice, sort_key
from mouliaison.ui.labels import term_label

NUMBERED_VOCABULARIES = {"thematic_area"}  # people cite MOU 4.1's areas by number: "x.b"
LONG_VOCABULARY = 40  # countries, languages: alphabetical by label


def ordered_terms(vocab: VocabularyIndex, vocabulary: str, codes: Iterable[str] | None = None) -> list[Choice]:
    """(code, label) of the vocabulary's terms, or of `codes` among them, in reading order."""
    chosen = list(vocab.codes(vocabulary) if codes is None else codes)
    shipped = {term.code: i for i, term in enumerate(VOCABULARIES.get(vocabulary, ()))}
    labels = {code: term_label(vocabulary, code, vocab.label(vocabulary, code)) for code in chosen}
    if vocabulary in NUMBERED_VOCABULARIES:
        labels = {code: f"{code} · {label}" for code, label in labels.items()}
    if len(vocab.codes(vocabulary)) > LONG_VOCABULARY:
        chosen.sort(key=lambda code: sort_key(labels[code]))
    else:
        chosen.sort(key=lambda code: (shipped.get(code, len(shipped)), sort_key(labels[code])))
    return [(code, labels[code]) for code in chosen]
