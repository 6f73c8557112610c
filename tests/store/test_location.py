"""A database on a network share or a removable drive gets a warning (RELIABILITY.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mouliaison.store.location import storage_warning

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/exports/office /srv/office nfs4 rw,relatime 0 0
//fileserver/share /mnt/share cifs rw 0 0
/dev/sdb1 /media/officer/USB\\040STICK vfat rw 0 0
/dev/sda2 /home ext4 rw 0 0
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="reads /proc/mounts")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/officer/mouliaison.sqlite3", None),
        ("/srv/office/mouliaison.sqlite3", "network share"),
        ("/mnt/share/sub/folder/mouliaison.sqlite3", "network share"),
        ("/media/officer/USB STICK/mouliaison.sqlite3", "removable drive"),
        ("/srv/officeX/mouliaison.sqlite3", None),  # a sibling folder is not under the share
    ],
)
def test_warning_by_where_the_file_lives(path: str, expected: str | None):
    warning = storage_warning(Path(path), MOUNTS)
    assert (warning is None) if expected is None else (expected in warning and path in warning)


def test_the_tests_own_database_gets_no_warning(db):
    assert db.warnings == []
