"""Where the database file lives: a network share or a removable drive deserves a warning.

SQLite's locking is unreliable over network file systems, and a USB stick pulled out in
the middle of a write loses the journal with it. Neither is refused (offices do work from
sticks), but the person is told.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs",
                        "fuse.davfs2", "glusterfs", "ceph", "fuse.rclone"}
REMOVABLE_FILE_SYSTEMS = {"vfat", "exfat", "msdos", "fuseblk", "udf", "iso9660"}


def storage_warning(path: Path, mounts: str | None = None) -> str | None:
    """A sentence for the person if the database is on a network share or removable drive.

    `mounts` is the text of /proc/mounts (read from the system when not given).
    """
    kind = _windows_drive_kind(path) if sys.platform == "win32" else _mount_kind(path, mounts)
    if kind == "network":
        return (f"{path} is on a network share: SQLite cannot lock it safely there. Keep the database on this "
                "computer's own disk and exchange workbooks instead.")
    if kind == "removable":
        return (f"{path} seems to be on a removable drive: do not unplug it while mouliaison is open, and keep "
                "a copy on this computer's disk.")
    return None


def _mount_kind(path: Path, mounts: str | None) -> str | None:
    """From /proc/mounts: the file system of the longest mount point above `path`."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return None
    entries = [line.split()[:3] for line in mounts.splitlines() if len(line.split()) >= 3]
    target = os.path.realpath(path.parent)
    best, best_type = "", ""
    for _device, mount_point, fs_type in entries:
        point = mount_point.replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, best_type = point, fs_type
    if best_type in NETWORK_FILE_SYSTEMS:
        return "network"
    if best_type in REMOVABLE_FILE_SYSTEMS and best.startswith(("/media/", "/mnt/", "/run/media/")):
        return "removable"
    return None


def _windows_drive_kind(path: Path) -> str | None:
    import ctypes

    root = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
    if root.startswith("\\\\"):
        return "network"  # a UNC path
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
    return {2: "removable", 4: "network"}.get(kind)
