"""What a field of a record is: its key, label, kind and constraints."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    DATE = "date"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    EMAIL = "email"
    PHONE = "phone"
    CHOICE = "choice"  # one code of a vocabulary
    CHOICES = "choices"  # several codes of a vocabulary
    REFERENCE = "reference"  # the id of another record
    REFERENCES = "references"  # several ids of other records

    @property
    def is_list(self) -> bool:
        return self is Kind.CHOICES or self is Kind.REFERENCES  # identity: called per cell of an import


# Excel's cell limit; a longer text is refused, never truncated.
MAX_TEXT_LENGTH = 32_767
MAX_LINE_LENGTH = 500


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: Kind
    required: bool = False
    vocabulary: str | None = None  # for CHOICE and CHOICES
    target: str | None = None  # record type for REFERENCE and REFERENCES
    personal: bool = False  # personal data under MOU 3.6
    minimum: int | None = None  # for INTEGER
    default: str | int | None = None  # given to a new record that leaves the field out
    help: str = ""

    def __post_init__(self) -> None:
        if self.kind in (Kind.CHOICE, Kind.CHOICES) and not self.vocabulary:
            raise ValueError(f"field {self.key} needs a vocabulary")
        if self.kind in (Kind.REFERENCE, Kind.REFERENCES) and not self.target:
            raise ValueError(f"field {self.key} needs a target record type")

    @property
    def max_length(self) -> int | None:
        if self.kind is Kind.LONG_TEXT:
            return MAX_TEXT_LENGTH
        if self.kind in (Kind.TEXT, Kind.EMAIL, Kind.PHONE):
            return MAX_LINE_LENGTH
        return None
