"""The words of a search text as PostgreSQL's index holds them, made by the app, not the server.

On PostgreSQL each record row keeps its search text's words in a `tsvector` column with a GIN
index over it (store.search_index). The app folds the words itself, and the search's words the
same way, so a search finds what it found when the server folded them (`unaccent`, a split into
runs of letters and digits, `to_tsvector('simple')`): case folded, accents and the letters
`unaccent` spells out (æ → ae, ß → ss, ø → o, ł → l ...) folded, a word being a run of letters
and digits, as SQLite's FTS5 index (unicode61, remove_diacritics 2) splits the same text. The
server then only files the words: at 100,000 records an import's server work was half folding
(0.4 ms a row with `unaccent` and a regular expression), and a search's words are folded in
Python once.

A row's words go to the server as the text form of a tsvector, each word quoted: a word is
made of letters and digits only, so it never holds a quote or a backslash to escape.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORDS_COLUMN = "search_words"  # PostgreSQL only, not in the models: the words of `search_text`
LONGEST = 2047  # bytes of PostgreSQL's longest word in an index; a longer one is left out, as to_tsvector does

_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits (\w is those and "_")
_ASCII_WORD = re.compile(r"[a-z0-9]+")  # the same in lower-case ASCII text, checked faster
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")  # combining accents
# Letters that carry their mark in their shape (Unicode does not decompose them), as unaccent spells them.
SPELLED = {
    "æ": "ae", "œ": "oe", "ß": "ss", "ẞ": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ħ": "h",
    "ı": "i", "ĳ": "ij", "ŀ": "l", "ŧ": "t", "ſ": "s", "ƀ": "b", "ɨ": "i", "ƶ": "z", "ȥ": "z",
}
_SPELLED = re.compile(f"[{''.join(SPELLED)}]")  # a regular expression: str.translate is slow on such text


def folded_words(text: str) -> list[str]:
    """The words of `text`, case and accents folded, in order (a word may come again)."""
    if text.isascii():
        return [word for word in _ASCII_WORD.findall(text.lower()) if len(word) <= LONGEST]
    words: list[str] = []
    for chunk in text.split():
        words += _chunk_words(chunk)
    return words


_FOLDED: dict[str, tuple[str, ...]] = {}  # a run of text without spaces -> its words: names and places recur
KEPT = 200_000  # runs kept folded (a few tens of MB at most)


def _chunk_words(chunk: str) -> tuple[str, ...]:
    found = _FOLDED.get(chunk)
    if found is None:
        found = _fold(chunk)
        if len(_FOLDED) < KEPT:
            _FOLDED[chunk] = found
    return found


def _fold(text: str) -> tuple[str, ...]:
    """The folded words of a text: case, accents and the letters unaccent spells out."""
    lowered = text.lower()
    if _SPELLED.search(lowered):
        lowered = _SPELLED.sub(lambda letter: SPELLED[letter.group()], lowered)
    plain = unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFKD", lowered)))
    if any(unicodedata.category(char)[0] == "M" for char in plain if not char.isalnum()):
        words = _words_with_marks().findall(plain.replace("_", " "))  # "_" is in \w, not a letter
    else:  # no mark left (the usual text): letters and digits only, a shorter search
        words = _WORD.findall(plain)
    return tuple(word for word in words if len(word.encode()) <= LONGEST)


@lru_cache(maxsize=1)
def _words_with_marks() -> re.Pattern[str]:
    """A run of letters, digits and the marks that remain on them (a vowel sign of Devanagari,
    say, which the server kept in its word): made at the first text that is not ASCII."""
    marks, start = [], None
    for code in range(0x20000):  # the marks of the Basic and Supplementary Multilingual Planes
        if unicodedata.category(chr(code))[0] == "M":
            if start is None:
                start = code
        elif start is not None:
            marks.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[\\w{''.join(marks)}]+")


def tsvector_text(text: str | None) -> str | None:
    """The text form of the tsvector of `text`'s words (None for no text), as COPY and a cast read it."""
    if text is None:
        return None
    if text.isascii():
        words = dict.fromkeys(folded_words(text))
    else:  # each distinct run of text folded once (the server sorts and dedupes the words anyway)
        words = dict.fromkeys(word for chunk in dict.fromkeys(text.split()) for word in _chunk_words(chunk))
    return "'" + "' '".join(words) + "'" if words else ""


def tsquery_text(words: list[str]) -> str | None:
    """A tsquery asking for every word of a search, each as the start of a word; None when the
    words fold to none."""
    folded = list(dict.fromkeys(word for text in words for word in folded_words(text)))
    if not folded:
        return None
    return " & ".join(f"'{word}':*" for word in folded)
