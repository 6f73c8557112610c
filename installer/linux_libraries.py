"""Linux: which libraries the one-folder build takes from the system, and which it carries.

PyInstaller copies every shared library the build machine happens to have, so what it bundles
would depend on what was installed there. The desktop's own stack (X11/xcb, Wayland, OpenGL,
fonts, D-Bus, GLib) and the C++ runtime are better taken from the system: they match its X
server, fonts and graphics drivers (a bundled older libstdc++ breaks newer Mesa drivers), and
the build becomes the same on every build machine. The .deb depends on these packages; the
.tar.gz needs them installed (README lists them). Everything else — Python, Qt, ICU, OpenSSL,
SQLite — stays inside the folder.

No third-party imports: the PyInstaller spec and build.py both use this module.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

# Debian package -> the libraries (file names) it provides that the build loads. The .deb's
# Depends is these packages (plus libc6 at the version the build needs, see glibc_needed).
SYSTEM_PACKAGES: dict[str, tuple[str, ...]] = {
    "libstdc++6": ("libstdc++.so.6",),
    "libgcc-s1": ("libgcc_s.so.1",),
    "libglib2.0-0": ("libglib-2.0.so.0", "libgthread-2.0.so.0"),
    "libegl1": ("libEGL.so.1",),
    "libgl1": ("libGL.so.1",),
    "libfontconfig1": ("libfontconfig.so.1",),
    "libfreetype6": ("libfreetype.so.6",),
    "libdbus-1-3": ("libdbus-1.so.3",),
    "libxkbcommon0": ("libxkbcommon.so.0",),
    "libxkbcommon-x11-0": ("libxkbcommon-x11.so.0",),
    "libx11-6": ("libX11.so.6",),
    "libx11-xcb1": ("libX11-xcb.so.1",),
    "libxcb1": ("libxcb.so.1",),
    "libxcb-cursor0": ("libxcb-cursor.so.0",),
    "libxcb-glx0": ("libxcb-glx.so.0",),
    "libxcb-icccm4": ("libxcb-icccm.so.4",),
    "libxcb-image0": ("libxcb-image.so.0",),
    "libxcb-keysyms1": ("libxcb-keysyms.so.1",),
    "libxcb-randr0": ("libxcb-randr.so.0",),
    "libxcb-render0": ("libxcb-render.so.0",),
    "libxcb-render-util0": ("libxcb-render-util.so.0",),
    "libxcb-shape0": ("libxcb-shape.so.0",),
    "libxcb-shm0": ("libxcb-shm.so.0",),
    "libxcb-sync1": ("libxcb-sync.so.1",),
    "libxcb-util1": ("libxcb-util.so.1",),
    "libxcb-xfixes0": ("libxcb-xfixes.so.0",),
    "libxcb-xkb1": ("libxcb-xkb.so.1",),
    "libwayland-client0": ("libwayland-client.so.0",),
    "libwayland-cursor0": ("libwayland-cursor.so.0",),
    "libwayland-egl1": ("libwayland-egl.so.1",),
}
# Not a library, but without a font every letter is a box.
EXTRA_PACKAGES = ("fonts-dejavu-core",)

SYSTEM_LIBRARIES = frozenset(name for names in SYSTEM_PACKAGES.values() for name in names)
# Always the system's: the C library and the dynamic loader (PyInstaller never bundles them).
C_LIBRARY = re.compile(r"^(ld-linux.*|libc|libm|libdl|libpthread|librt|libutil|libresolv)\.so")


def needed(binary: str | Path) -> list[str]:
    """The libraries `binary` names directly (its ELF NEEDED entries), read with objdump."""
    objdump = shutil.which("objdump")
    if objdump is None:
        raise SystemExit("objdump is missing: install binutils (apt-get install binutils)")
    result = subprocess.run([objdump, "-p", str(binary)], capture_output=True, text=True, check=False)
    return re.findall(r"^\s*NEEDED\s+(\S+)", result.stdout, flags=re.MULTILINE)


def bundled_closure(roots: Iterable[str | Path], bundled: dict[str, str]) -> set[str]:
    """The bundled libraries (name -> file) that `roots` load, directly or through each other.

    The walk stops at system libraries: what only they need (libXau behind libX11, libsystemd
    behind D-Bus...) comes with their packages and is not carried.
    """
    reached: set[str] = set()
    pending = [str(root) for root in roots]
    while pending:
        for name in needed(pending.pop()):
            if name in reached or name in SYSTEM_LIBRARIES or name not in bundled:
                continue
            reached.add(name)
            pending.append(bundled[name])
    return reached


def glibc_needed(binaries: Iterable[str | Path]) -> str:
    """The newest GLIBC_x.y symbol version any of `binaries` asks for (the .deb's libc6 minimum)."""
    objdump = shutil.which("objdump")
    if objdump is None:
        raise SystemExit("objdump is missing: install binutils (apt-get install binutils)")
    newest = (2, 17)
    for binary in binaries:
        output = subprocess.run([objdump, "-T", str(binary)], capture_output=True, text=True, check=False).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", output):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def depends(glibc: str) -> list[str]:
    """The .deb's Depends: the C library at the version the build needs, then the packages above."""
    return [f"libc6 (>= {glibc})", *SYSTEM_PACKAGES, *EXTRA_PACKAGES]


# --- search paths left by the build machine ----------------------------------------------------

_DT_NULL, _DT_RPATH, _DT_RUNPATH, _DT_STRTAB = 0, 15, 29, 5
_PT_LOAD, _PT_DYNAMIC = 1, 2


def remove_build_machine_search_paths(path: str | Path) -> str | None:
    """Drop the RPATH/RUNPATH of an ELF file when it names folders of the build machine (Python
    built by pyenv carries RUNPATH /root/.pyenv/versions/X/lib in libpython and every extension
    module); one that uses $ORIGIN (relative to the file, as Qt's libraries do) is kept.

    On a user's machine such a path points at nothing, or at whatever someone put there: the
    folder's libraries are found through the bundle itself. Returns the path removed, or None.
    The entry is taken out of the dynamic section the way `chrpath -d` does: the entries after
    it move up one place and the section ends with one more DT_NULL. 64-bit little-endian ELF only.
    """
    data = bytearray(Path(path).read_bytes())
    if data[:4] != b"\x7fELF":
        return None
    if data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    dynamic = next(((offset, size) for kind, offset, _address, size in _segments(data) if kind == _PT_DYNAMIC), None)
    if dynamic is None:
        return None
    offset, size = dynamic
    entries = [(int.from_bytes(data[at:at + 8], "little"), int.from_bytes(data[at + 8:at + 16], "little"))
               for at in range(offset, offset + size - 15, 16)]
    strtab = next((value for tag, value in entries if tag == _DT_STRTAB), None)
    removed = None
    kept = []
    for tag, value in entries:
        if tag in (_DT_RPATH, _DT_RUNPATH) and strtab is not None:
            search = _string_at(data, _file_offset(data, strtab) + value)
            if "$ORIGIN" not in search:
                removed = search
                continue
        kept.append((tag, value))
    if removed is None:
        return None
    kept += [(_DT_NULL, 0)] * (len(entries) - len(kept))
    for index, (tag, value) in enumerate(kept):
        at = offset + index * 16
        data[at:at + 16] = tag.to_bytes(8, "little") + value.to_bytes(8, "little")
    Path(path).write_bytes(bytes(data))
    return removed


def _segments(data: bytearray) -> Iterator[tuple[int, int, int, int]]:
    """(type, file offset, virtual address, size in the file) of each program header."""
    def number(at: int, size: int) -> int:
        return int.from_bytes(data[at:at + size], "little")

    first, entry_size, count = number(0x20, 8), number(0x36, 2), number(0x38, 2)
    for header in range(first, first + count * entry_size, entry_size):
        yield number(header, 4), number(header + 8, 8), number(header + 16, 8), number(header + 32, 8)


def _file_offset(data: bytearray, address: int) -> int:
    """The file offset of a virtual address, through the loaded segment (PT_LOAD) that maps it."""
    for kind, offset, start, size in _segments(data):
        if kind == _PT_LOAD and start <= address < start + size:
            return address - start + offset
    raise ValueError(f"address {address:#x} is in no loaded segment")


def _string_at(data: bytearray, offset: int) -> str:
    return bytes(data[offset:data.index(0, offset)]).decode("utf-8", "replace")
