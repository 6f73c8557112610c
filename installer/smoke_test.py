"""Smoke test of the BUILT files: the command line and the window, as a person's machine runs them.

    python installer/smoke_test.py [FOLDER] [--chroot ROOT]

FOLDER holds the executables `mouliaison` and `mouliaison-cli` (`.exe` on Windows): dist/mouliaison
by default, /usr/bin after installing the .deb, the install folder after the Windows installer.
With --chroot, they are run inside ROOT (a fresh Debian made by installer/deb_root_test.sh), with
FOLDER a path inside it: this script stays outside, so the fresh root holds only what the .deb
brought.

Everything happens in a temporary folder (databases, workbooks, preferences, screenshots), with
the offscreen Qt platform; the user's own data is never touched. Needs only Python's standard
library (the PNG is decoded here with zlib), not mouliaison or Qt.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import posixpath
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD_DATABASE = ROOT / "tests" / "fixtures" / "schema-0001.sqlite3"  # an older schema: migrations must run

# Offscreen Qt on Windows finds no fonts unless told where they are: passed through.
KEPT_QT_VARIABLES = ("QT_QPA_FONTDIR",)


def clean_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """`environ` without our own and Qt's settings, which would change what the built files do
    (another database, a scale factor...), except QT_QPA_FONTDIR. Also used by bench_startup.py."""
    return {key: value for key, value in environ.items()
            if not key.startswith(("MOULIAISON_", "QT_")) or key in KEPT_QT_VARIABLES}


class SmokeFailure(AssertionError):
    pass


@dataclass
class Result:
    code: int
    out: str
    err: str


class Built:
    """Runs the built executables in a work folder, on the host or inside a chroot."""

    def __init__(self, folder: str, work: Path, chroot: Path | None) -> None:
        self.chroot = chroot
        self.work = work  # as seen from here
        suffix = ".exe" if sys.platform == "win32" else ""
        if chroot is None:
            folder = os.path.abspath(folder)  # the executables run from the work folder
        join = posixpath.join if chroot is not None else os.path.join
        self.window = join(folder, f"mouliaison{suffix}")
        self.cli = join(folder, f"mouliaison-cli{suffix}")
        for executable in (self.window, self.cli):
            found = self.host_path(executable)
            if not (found.exists() or found.is_symlink()):  # a link into a chroot resolves only inside it
                raise SmokeFailure(f"{self.host_path(executable)} does not exist: "
                                   "build first (python installer/build.py)")
        inner = self.inner_path(work)
        self.env = {
            **clean_environment(os.environ),
            "QT_QPA_PLATFORM": "offscreen",
            "MOULIAISON_CONFIG_DIR": f"{inner}/config",
            "MOULIAISON_LANG": "en",
            "HOME": f"{inner}/home",
            "XDG_CONFIG_HOME": f"{inner}/home/.config",
            "XDG_DATA_HOME": f"{inner}/home/.local/share",
            "XDG_RUNTIME_DIR": f"{inner}/runtime",
        }
        if chroot is not None:  # a fresh root has its own PATH, locale and nothing else
            self.env = {key: self.env[key] for key in self.env if key.startswith(("MOULIAISON_", "QT_", "XDG_"))
                        or key in ("HOME", "TERM")}
            self.env["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin"
        for folder_name in ("config", "home", "runtime"):
            (work / folder_name).mkdir(mode=0o700, exist_ok=True)

    def host_path(self, path: str | Path) -> Path:
        if self.chroot is None:
            return Path(path)
        real = Path(path)
        if real.is_absolute():
            real = self.chroot / real.relative_to(real.anchor)
        return real

    def inner_path(self, host: Path) -> str:
        if self.chroot is None:
            return str(host)
        return "/" + str(host.relative_to(self.chroot))

    def run(self, executable: str, *args: str, env: dict[str, str] | None = None) -> Result:
        command = [executable, *args]
        cwd: Path | None = self.work
        if self.chroot is not None:
            command = ["chroot", str(self.chroot), "/bin/sh", "-c", 'cd "$0" && exec "$@"',
                       self.inner_path(self.work), *command]
            cwd = None
        started = time.monotonic()
        done = subprocess.run(command, cwd=cwd, env={**self.env, **(env or {})}, capture_output=True,
                              timeout=180, check=False)
        elapsed = time.monotonic() - started
        result = Result(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))
        print(f"    {Path(executable).name} {' '.join(args)}  -> exit {result.code} ({elapsed:.1f} s)", flush=True)
        return result


def expect(condition: bool, message: str, result: Result | None = None) -> None:
    if not condition:
        detail = ""
        if result is not None:
            detail = f"\n  exit {result.code}\n  stdout: {result.out[-2000:]}\n  stderr: {result.err[-2000:]}"
        raise SmokeFailure(message + detail)


# --- PNG, read with zlib only -----------------------------------------------------------------

def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the pixels (bytes per pixel each) of an 8-bit RGB/RGBA, non-interlaced PNG."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path} is not a PNG")
    position, idat, header = 8, b"", None
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    if header is None:
        raise SmokeFailure(f"{path} has no PNG header")
    width, height, depth, colour_type, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace:
        raise SmokeFailure(f"{path}: PNG depth {depth}, colour type {colour_type}, interlace {interlace} not read here")
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    pixels: list[bytes] = []
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):  # undo the row filter (PNG spec, section 9)
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                corner = previous[i - channels] if i >= channels else 0
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        pixels.extend(bytes(line[i:i + channels]) for i in range(0, stride, channels))
        previous = line
    return width, height, pixels


def check_not_blank(path: Path) -> str:
    width, height, pixels = png_pixels(path)
    counts = collections.Counter(pixels)
    commonest = counts.most_common(1)[0][1] / len(pixels)
    expect(width >= 800 and height >= 500, f"{path}: {width}x{height}, smaller than the window's default size")
    expect(len(counts) > 50, f"{path}: only {len(counts)} colours: the window was not drawn")
    expect(commonest < 0.9, f"{path}: one colour covers {commonest:.0%} of the picture: the window was not drawn")
    return f"{width}x{height}, {len(counts)} colours, commonest {commonest:.0%}"


# --- the test ---------------------------------------------------------------------------------

def pe_subsystem(path: Path) -> int:
    """A Windows executable's subsystem: 2 a windowed program, 3 a console program."""
    data = path.read_bytes()[:4096]
    header = struct.unpack_from("<I", data, 0x3C)[0]  # e_lfanew: where the PE header starts
    expect(data[header:header + 4] == b"PE\0\0", f"{path} is not a Windows executable")
    return struct.unpack_from("<H", data, header + 24 + 68)[0]  # optional header, Subsystem


def smoke(built: Built) -> list[str]:
    checks: list[str] = []

    def passed(name: str) -> None:
        checks.append(name)
        print(f"ok  {name}", flush=True)

    if sys.platform == "win32":
        expect(pe_subsystem(Path(built.window)) == 2, f"{built.window} is not a windowed program")
        expect(pe_subsystem(Path(built.cli)) == 3, f"{built.cli} is not a console program")
        passed("mouliaison.exe is windowed, mouliaison-cli.exe a console program")

    result = built.run(built.cli, "--version")
    expect(result.code == 0 and result.out.startswith("mouliaison "), "--version failed", result)
    passed(f"command line starts ({result.out.strip()})")

    result = built.run(built.cli, "--db", "nairobi.sqlite3", "init", "--office", "IOM Nairobi", "--party", "IOM",
                       "--level", "country", "--country", "KEN")
    expect(result.code == 0 and "IOM Nairobi" in result.out, "init failed", result)
    passed("init: a new database, migrations stamped")

    result = built.run(built.cli, "--db", "nairobi.sqlite3", "add", "activity", "title=Joint risk assessment",
                       "status=planned", "lead_party=IOM", "countries=KEN,UGA", "planned_start_date=2025-03-03",
                       "--json")
    expect(result.code == 0, "add failed", result)
    activity = json.loads(result.out)["id"]
    passed("add: an activity")

    result = built.run(built.cli, "--db", "nairobi.sqlite3", "add", "activity", "title=Workshop", "status=maybe")
    expect(result.code == 1 and "status" in result.out + result.err, "a bad value was not refused", result)
    passed("add: a bad value refused with exit 1")

    result = built.run(built.cli, "--db", "nairobi.sqlite3", "export", "nairobi.xlsx")
    expect(result.code == 0 and (built.work / "nairobi.xlsx").exists(), "export failed", result)
    passed("export: a liaison workbook (.xlsx)")

    built.run(built.cli, "--db", "busia.sqlite3", "init", "--office", "WCO Busia", "--party", "WCO")
    result = built.run(built.cli, "--db", "busia.sqlite3", "import", "--trust-new-keys", "nairobi.xlsx")
    expect(result.code == 0 and "inserted" in result.out, "import failed", result)
    passed("import: the workbook into a second office (defusedxml, openpyxl)")

    result = built.run(built.cli, "--db", "busia.sqlite3", "dump")
    expect(result.code == 0, "dump failed", result)
    activities = json.loads(result.out)["records"]["activity"]
    expect([record["title"] for record in activities if record["id"] == activity] == ["Joint risk assessment"],
           "the imported activity is not in the second office's dump", result)
    passed("dump: the second office holds the activity")

    result = built.run(built.cli, "--db", "busia.sqlite3", "check")
    expect(result.code == 0 and result.out.startswith("clean"), "check failed", result)
    passed("check: clean")

    if OLD_DATABASE.exists():
        shutil.copyfile(OLD_DATABASE, built.work / "old.sqlite3")
        result = built.run(built.cli, "--db", "old.sqlite3", "check")
        backups = list(built.work.glob("old.sqlite3.schema-0001.*.bak"))
        expect(result.code == 0 and backups, "an old database was not upgraded (bundled migrations?)", result)
        passed("migrations: a schema-0001 database upgraded, backup made")

    screenshots = {}
    for language in ("en", "fr"):
        name = f"window-{language}.png"
        result = built.run(built.window, "--db", "nairobi.sqlite3", "--screenshot", name, "--page", "activity",
                           env={"MOULIAISON_LANG": language})
        expect(result.code == 0, f"the window ({language}) did not start", result)
        screenshots[language] = built.work / name
        passed(f"window ({language}) drawn: {check_not_blank(screenshots[language])}")
    expect(screenshots["en"].read_bytes() != screenshots["fr"].read_bytes(),
           "the French window looks like the English one: translations not bundled?")
    passed("translations: the French window differs from the English one")

    real_folder = built.host_path(built.window).resolve().parent
    if built.chroot is not None and built.host_path(built.window).is_symlink():
        # the link as the root sees it: /usr/bin/mouliaison -> ../lib/mouliaison/mouliaison (or absolute)
        target = os.readlink(built.host_path(built.window))
        inner = posixpath.normpath(posixpath.join(posixpath.dirname(built.window), target))
        real_folder = built.host_path(inner).parent
    for language in ("fr", "es"):
        found = list(real_folder.glob(f"**/qtbase_{language}.qm"))
        expect(bool(found), f"Qt's own translation qtbase_{language}.qm is not in {real_folder}")
    passed("Qt's own translations (qtbase_fr, qtbase_es) bundled")
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the built mouliaison executables.")
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / "mouliaison"),
                        help="the folder holding mouliaison and mouliaison-cli (default: dist/mouliaison)")
    parser.add_argument("--chroot", type=Path, help="run the executables inside this root (FOLDER is inside it)")
    parser.add_argument("--keep", type=Path, help="copy the work folder (screenshots...) here afterwards")
    args = parser.parse_args(argv)
    scratch_parent = args.chroot / "tmp" if args.chroot else None
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mouliaison-smoke-", dir=scratch_parent) as scratch:
        work = Path(scratch)
        work.chmod(0o755)
        try:
            checks = smoke(Built(args.folder, work, args.chroot))
        except (SmokeFailure, subprocess.TimeoutExpired) as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            return 1
        finally:
            if args.keep:
                shutil.copytree(work, args.keep, dirs_exist_ok=True)
    print(f"smoke test of {args.folder}{f' in {args.chroot}' if args.chroot else ''}: "
          f"all {len(checks)} checks good in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
