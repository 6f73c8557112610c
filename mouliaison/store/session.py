"""The handle a use case holds on the database for one transaction.

Services receive it (from services.database) and pass it to the store's functions; they never
build SQL with it. It is SQLAlchemy's Session: named here so that services need not import
SQLAlchemy to say what they take (tests/test_layering.py checks they do not).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

__all__ = ["Session"]
