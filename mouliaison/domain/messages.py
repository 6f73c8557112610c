"""Messages that keep their English template and parameters, so the window can translate them.

A Message is the English text itself (a str: the command line, the JSON, logs and every
comparison see exactly the words they always saw) that also remembers the template it was
written from and the values put in it. The window looks the template up in its translators
(context "messages") and formats the values in the user's language (ui/messages.py).
Parameters that are a field's or a record type's English label are marked (FieldLabel,
TypeLabel) so that the window translates them too.

Every template is registered when its module is imported: resources/translations/
domain_messages.py hands them to lupdate and requires French and Spanish for each.
"""

from __future__ import annotations

from typing import Any

#: Every template, in the order the modules registered them.
TEMPLATES: dict[str, None] = {}


def template(text: str) -> str:
    """Register `text` as a message template (for the translators) and return it unchanged."""
    TEMPLATES.setdefault(text, None)
    return text


class FieldLabel(str):
    """A field's English label given as a parameter: the window shows it translated."""


class TypeLabel(str):
    """A record type's English label given as a parameter: the window shows it translated."""


class Message(str):
    """English text written from a registered template; `.template` and `.params` say how."""

    template: str
    params: dict[str, Any]

    def __new__(cls, text_template: str, /, **params: Any) -> Message:
        template(text_template)
        self = super().__new__(cls, text_template.format(**params))
        self.template = text_template
        self.params = params
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        return (self.template,), self.params  # so that it pickles (import workers) as itself
