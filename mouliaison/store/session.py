"""What a use case holds on the database, and the failures the database may raise.

Services receive a `Session` (one transaction, from services.database) and pass it to the
store's functions; they never build SQL with it. It is SQLAlchemy's Session, as `Engine` is
its engine and the errors are its own: named here so that services need not import
SQLAlchemy to say what they take or which failures they turn into a person's message
(tests/test_layering.py checks they do not).
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session

__all__ = ["DBAPIError", "DatabaseError", "Engine", "OperationalError", "Session"]
