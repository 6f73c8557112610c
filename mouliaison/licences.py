"""The licence an installed distribution declares, in one line: shared by Help ▸ Third-party
licences (ui/problem_report.py) and the build's THIRD-PARTY-NOTICES.txt (installer/notices.py)."""

from __future__ import annotations

import importlib.metadata as metadata


def licence_of(dist: metadata.Distribution) -> str:
    """Its SPDX expression, else its licence classifiers, else the first line of its License field."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    short = (meta.get("License") or "").strip().splitlines()
    return ", ".join(classifiers) or (short[0] if short else "see its licence file")
