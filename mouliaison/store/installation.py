"""This installation's identity: its site id, tied to the machine and file it lives on.

A database file copied to another machine (or another place) is another site: it takes a
new site id at its first opening there, so two copies never issue versions as one site.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import platform
import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from mouliaison.domain.ids import uuid7
from mouliaison.store.schema import Installation

__all__ = ["Installation", "ensure_installation", "fingerprint", "pseudonym_key", "this_installation"]


def fingerprint(location: str, *, machine: bool = True) -> str:
    """`machine`: a file belongs to the machine it is on; a server database (the same for every
    analyst who connects to it, from any machine) to its server and name alone."""
    text = f"{platform.node()}|{uuid.getnode()}|{location}" if machine else f"server|{location}"
    return hashlib.sha256(text.encode()).hexdigest()


def this_installation(session: Session) -> Installation:
    """The installation row (ensure_installation made it when the database was opened)."""
    installation = session.get(Installation, 1)
    assert installation is not None
    return installation


def pseudonym_key(session: Session, make: Callable[[], str]) -> str:
    """This database's pseudonym secret (MOU 3.6), made by `make` at its first use (a database
    from before pseudonyms has none) and kept; never exported."""
    installation = this_installation(session)
    if installation.pseudonym_key is None:
        installation.pseudonym_key = make()
    return installation.pseudonym_key


def ensure_installation(session: Session, location: str, *, machine: bool = True) -> Installation:
    """The installation row, created on first use and given a new site id after a copy."""
    here = fingerprint(location, machine=machine)
    installation = session.get(Installation, 1)
    if installation is None:
        installation = Installation(
            id=1,
            site_id=uuid7(),
            fingerprint=here,
            office_id=None,
            clock=0,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        session.add(installation)
    elif installation.fingerprint != here:
        installation.site_id = uuid7()
        installation.fingerprint = here
    return installation
