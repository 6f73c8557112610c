"""One command for the installable builds: `python installer/build.py`.

Builds for the platform it runs on, into dist/:
  Linux    dist/mouliaison/ (one folder, executables mouliaison and mouliaison-cli),
           dist/mouliaison_VERSION-REVISION_ARCH.deb, dist/mouliaison-VERSION-linux-ARCH.tar.gz, and a
           stand-in compile of the NSIS script over the Linux folder (build/nsis-standin/, not a
           Windows installer: it only proves the script compiles) when makensis is installed;
  Windows  dist\\mouliaison\\ (mouliaison.exe, mouliaison-cli.exe) and dist\\mouliaison-VERSION-setup.exe.

PyInstaller comes with the build extra (pip install -e ".[build]"); makensis with NSIS
(apt-get install nsis, or choco install nsis). A missing tool stops the build with a message
saying what to install, except the optional stand-in compile on Linux, which says it was skipped.
"""

from __future__ import annotations

import argparse
import datetime
import email.utils
import gzip
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import textwrap
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project_metadata import (
    APPSTREAM_ID,
    CONSOLE_EXECUTABLE,
    ICON_SVG,
    ROOT,
    WINDOW_EXECUTABLE,
    Project,
    Release,
    read_project,
    read_releases,
)

SPEC = ROOT / "installer" / "mouliaison.spec"
NSIS_SCRIPT = ROOT / "installer" / "mouliaison.nsi"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
WORK = BUILD / "pyinstaller"


# The .deb: the folder goes to /usr/lib/NAME (Debian keeps /opt for the local administrator);
# its version is the release's plus a packaging revision, raised when only the packaging changes.
DEB_PROGRAM_DIR = "usr/lib/{name}"
DEB_REVISION = "1"
MAINTAINER = "mouliaison developers <mouliaison@users.noreply.invalid>"
LINTIAN_OVERRIDES = ROOT / "installer" / "lintian-overrides"


class BuildError(SystemExit):
    """A build step cannot run or failed; the message says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(f"build.py: {message}")


_STARTED = time.monotonic()


def step(message: str) -> None:
    print(f"==> [{time.monotonic() - _STARTED:5.0f} s] {message}", flush=True)


def run(command: list[str | Path], **kwargs) -> None:
    printable = " ".join(str(part) for part in command)
    result = subprocess.run([str(part) for part in command], check=False, **kwargs)
    if result.returncode != 0:
        raise BuildError(f"this failed (exit {result.returncode}): {printable}")


# --- one-folder build -------------------------------------------------------------------------

def require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            f"PyInstaller is not installed for {sys.executable}. Install the build extra: "
            f'{sys.executable} -m pip install -e ".[build]"'
        )


def executable_names() -> tuple[str, str]:
    suffix = ".exe" if sys.platform == "win32" else ""
    return WINDOW_EXECUTABLE + suffix, CONSOLE_EXECUTABLE + suffix


def build_folder(project: Project) -> Path:
    """dist/NAME/ from installer/mouliaison.spec; checks both executables are there."""
    require_pyinstaller()
    step(f"PyInstaller: one-folder build of {project.name} {project.version}")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", WORK, SPEC])
    folder = DIST / project.name
    for name in executable_names():
        if not (folder / name).is_file():
            raise BuildError(f"PyInstaller finished but {folder / name} is missing")
    if sys.platform.startswith("linux"):
        from linux_libraries import remove_build_machine_search_paths

        removed = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink() and _is_elf(path)
                   and remove_build_machine_search_paths(path)]
        step(f"search paths of the build machine (RUNPATH) removed from {len(removed)} libraries")
    from notices import write_notices

    write_notices(folder)  # what the folder carries, and under which licences, read from the distributions
    return folder


def icon_file(project: Project) -> Path:
    """The .ico the spec drew from the SVG (build/pyinstaller/NAME/NAME.ico)."""
    icon = WORK / SPEC.stem / f"{project.name}.ico"
    if not icon.is_file():
        raise BuildError(f"{icon} is missing: the PyInstaller step draws it; run the whole build again")
    return icon


# --- Linux packages ---------------------------------------------------------------------------

def debian_architecture() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def desktop_entry(project: Project) -> str:
    """The menu entry (freedesktop.org Desktop Entry); Exec is the /usr/bin symlink."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={project.name}",
        "GenericName=Liaison desk",
        "GenericName[fr]=Bureau de liaison",
        "GenericName[es]=Oficina de enlace",
        f"Comment={project.description}",
        f"Exec={WINDOW_EXECUTABLE}",
        f"Icon={project.name}",
        "Terminal=false",
        "Categories=Office;",
        f"StartupWMClass={project.name}",
        "",
    ])


def control_file(project: Project, architecture: str, installed_kib: int, depends: list[str]) -> str:
    summary, _, _ = project.description.partition(":")
    return "\n".join([
        f"Package: {project.name}",
        f"Version: {deb_version(project.version)}",
        f"Architecture: {architecture}",
        f"Maintainer: {MAINTAINER}",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join(depends)}",
        "Section: misc",
        "Priority: optional",
        f"Description: {summary.strip()}",
        *textwrap.wrap(
            f"{project.description} The one-folder build (Python and Qt included) is installed in "
            f"/{DEB_PROGRAM_DIR.format(name=project.name)}; {WINDOW_EXECUTABLE} opens the window (also from the "
            f"menu) and {CONSOLE_EXECUTABLE} is the command line.",
            width=79, initial_indent=" ", subsequent_indent=" "),
        "",
    ])


def deb_version(version: str) -> str:
    return f"{version}-{DEB_REVISION}"


def copyright_file(project: Project) -> str:
    """usr/share/doc/NAME/copyright: ours, and what the folder carries under its own licences."""
    program = DEB_PROGRAM_DIR.format(name=project.name)
    notice = next(line for line in (ROOT / "LICENSE").read_text(encoding="utf-8").splitlines()
                  if line.startswith("Copyright"))
    return "\n".join([
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        f"Upstream-Name: {project.name}",
        "",
        "Files: *",
        f"Copyright: {notice.removeprefix('Copyright').strip(' (c)')}",
        "License: MIT",
        "",
        f"Files: {program}/_internal/*",
        "Copyright: their respective authors",
        "License: various",
        f" Each under its own licence, listed with their licence texts in /{program}/THIRD-PARTY-NOTICES.txt",
        f" (generated at build time from the bundled distributions) and /{program}/licenses/: Python",
        " (PSF-2.0, with the notices of OpenSSL, expat, libffi, zlib and SQLite), Qt 6 and PySide6 (LGPL-3.0-only,",
        " dynamically linked and replaceable in _internal/PySide6), ICU (Unicode-3.0), the Rust crates linked into",
        " python-calamine (MIT OR Apache-2.0), and MIT, BSD and PSF licensed Python packages.",
        "",
    ])


# The metainfo's summary in the application's languages (AppStream: no final full stop).
SUMMARIES = {
    "en": "Liaison desk for the IOM-WCO Memorandum of Understanding",
    "fr": "Bureau de liaison pour le protocole d'accord OIM-OMD",
    "es": "Oficina de enlace para el memorando de entendimiento OIM-OMA",
}


def metainfo(project: Project, releases: list[Release]) -> str:
    """usr/share/metainfo/ID.metainfo.xml: what software centres (GNOME Software, Discover) show."""
    component = ET.Element("component", type="desktop-application")
    ET.SubElement(component, "id").text = APPSTREAM_ID
    ET.SubElement(component, "metadata_license").text = "MIT"
    ET.SubElement(component, "project_license").text = "MIT"
    ET.SubElement(component, "name").text = project.name
    for language, summary in SUMMARIES.items():
        element = ET.SubElement(component, "summary")
        element.text = summary
        if language != "en":
            element.set("xml:lang", language)
    # <developer> since AppStream 1.0; <developer_name> for the 0.16 of Debian 12's software centres
    developer = ET.SubElement(component, "developer", id=APPSTREAM_ID.rsplit(".", 1)[0])
    ET.SubElement(developer, "name").text = "mouliaison developers"
    ET.SubElement(component, "developer_name").text = "mouliaison developers"
    description = ET.SubElement(component, "description")
    for paragraph in (
        f"{project.description} Field officers of either party record joint activities, meetings, contacts, "
        "information exchanges, cooperation requests and consent records on a laptop, offline.",
        "Regional coordinators and headquarters gather that work from many offices as liaison workbooks "
        "(.xlsx), without losing or duplicating anything. Everything is kept in one SQLite file per office. "
        f"A window for everyday work, and {CONSOLE_EXECUTABLE} for scripts.",
    ):
        ET.SubElement(description, "p").text = paragraph
    ET.SubElement(component, "launchable", type="desktop-id").text = f"{project.name}.desktop"
    provides = ET.SubElement(component, "provides")
    for binary in (WINDOW_EXECUTABLE, CONSOLE_EXECUTABLE):
        ET.SubElement(provides, "binary").text = binary
    categories = ET.SubElement(component, "categories")
    ET.SubElement(categories, "category").text = "Office"
    languages = ET.SubElement(component, "languages")
    for language in SUMMARIES:
        ET.SubElement(languages, "lang").text = language
    ET.SubElement(component, "content_rating", type="oars-1.1")
    listed = ET.SubElement(component, "releases")
    for release in releases:
        entry = ET.SubElement(listed, "release", version=release.version, date=release.date.isoformat())
        notes = ET.SubElement(ET.SubElement(entry, "description"), "ul")
        for note in release.notes:
            ET.SubElement(notes, "li").text = note
    ET.indent(component, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(component, encoding="unicode") + "\n"


def debian_changelog(project: Project, releases: list[Release]) -> str:
    """usr/share/doc/NAME/changelog.Debian (gzipped into the package), newest release first."""
    entries = []
    for release in releases:
        notes = "\n".join(textwrap.fill(note, width=78, initial_indent="  * ", subsequent_indent="    ")
                          for note in release.notes)
        stamp = datetime.datetime.combine(release.date, datetime.time(12, 0), tzinfo=datetime.UTC)
        entries.append(f"{project.name} ({deb_version(release.version)}) stable; urgency=medium\n\n{notes}\n\n"
                       f" -- {MAINTAINER}  {email.utils.format_datetime(stamp)}\n")
    return "\n".join(entries)


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under `folder` (symlinks counted as nothing)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build_deb(project: Project, folder: Path) -> Path:
    """dist/NAME_VERSION-REVISION_ARCH.deb: the folder in /usr/lib/NAME, /usr/bin symlinks, the menu
    entry, the icon, the AppStream metainfo, the copyright, changelog and lintian overrides."""
    from linux_libraries import depends, glibc_needed

    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is missing: the .deb is built on Debian or Ubuntu (apt-get install dpkg)")
    architecture = debian_architecture()
    step(f"Debian package ({architecture})")
    root = BUILD / "deb" / "root"
    if root.exists():
        shutil.rmtree(root)
    program = root / DEB_PROGRAM_DIR.format(name=project.name)
    shutil.copytree(folder, program, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in (WINDOW_EXECUTABLE, CONSOLE_EXECUTABLE):
        (bin_dir / name).symlink_to(f"../lib/{project.name}/{name}")  # relative, as Debian policy asks
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{project.name}.desktop").write_text(desktop_entry(project), encoding="utf-8")
    docs = root / "usr" / "share" / "doc" / project.name
    docs.mkdir(parents=True)
    (docs / "copyright").write_text(copyright_file(project), encoding="utf-8")
    releases = read_releases(project)
    changelog = debian_changelog(project, releases).encode("utf-8")
    # no name and no time in the gzip header: the same changelog makes the same bytes
    (docs / "changelog.Debian.gz").write_bytes(gzip.compress(changelog, compresslevel=9, mtime=0))
    metainfo_dir = root / "usr" / "share" / "metainfo"
    metainfo_dir.mkdir(parents=True)
    (metainfo_dir / f"{APPSTREAM_ID}.metainfo.xml").write_text(metainfo(project, releases), encoding="utf-8")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copyfile(ICON_SVG, icons / f"{project.name}.svg")
    overrides = root / "usr" / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(LINTIAN_OVERRIDES, overrides / project.name)
    elf_files = [path for path in program.rglob("*") if path.is_file() and not path.is_symlink() and _is_elf(path)]
    glibc = glibc_needed(elf_files)
    debian = root / "DEBIAN"
    debian.mkdir()
    installed_kib = (folder_size(root) + 1023) // 1024
    (debian / "control").write_text(control_file(project, architecture, installed_kib, depends(glibc)),
                                    encoding="utf-8")
    for path in root.rglob("*"):  # dpkg-deb refuses group- or world-writable control files
        if not path.is_symlink():
            executable = path.is_dir() or (os.access(path, os.X_OK) and ".so" not in path.name)
            path.chmod(0o755 if executable else 0o644)  # libraries need no execute bit
    target = DIST / f"{project.name}_{deb_version(project.version)}_{architecture}.deb"
    # gzip, not dpkg's default xz: on this 2-core machine xz took 100 s for a 5 MB smaller
    # package (50 vs 64 MB); gzip takes 7 s, and every dpkg reads it.
    run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", root, target], stdout=subprocess.DEVNULL)
    return target


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def build_tarball(project: Project, folder: Path) -> Path:
    """dist/NAME-VERSION-linux-ARCH.tar.gz of the one folder (unpacks to NAME/)."""
    step("tar.gz of the one-folder build")
    target = DIST / f"{project.name}-{project.version}-linux-{platform.machine()}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with gzip.open(target, "wb", compresslevel=6) as compressed, \
            tarfile.open(fileobj=compressed, mode="w") as archive:
        archive.add(folder, arcname=project.name, filter=owned_by_root)
    return target


# --- Windows installer ------------------------------------------------------------------------

def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    if sys.platform == "win32":
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
                return str(Path(base) / "NSIS" / "makensis.exe")
    return None


def compile_nsis(project: Project, folder: Path, makensis: str, target: Path, standin: bool) -> Path:
    """makensis over `folder`. Paths are absolute: makensis runs from the script's folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    numbers = [part for part in project.version.split(".") if part.isdigit()][:4]
    quad = ".".join(numbers + ["0"] * (4 - len(numbers)))
    defines = {
        "NAME": project.name,
        "VERSION": project.version,
        "VERSION_QUAD": quad,
        "SOURCE_DIR": folder.resolve(),
        "ICON": icon_file(project).resolve(),
        "OUTFILE": target.resolve(),
    }
    flag = "/" if sys.platform == "win32" else "-"
    command = [makensis, f"{flag}V2", *[f"{flag}D{key}={value}" for key, value in defines.items()]]
    if standin:
        command.append(f"{flag}DSTANDIN_PAYLOAD")
    run([*command, NSIS_SCRIPT])
    return target


# --- the whole build --------------------------------------------------------------------------

def stale_packages(project: Project, dist: Path = DIST) -> list[Path]:
    """The packages of this project already in dist/ (deb_root_test.sh and lintian take dist/NAME_*.deb)."""
    patterns = (f"{project.name}_*.deb", f"{project.name}-*.tar.gz", f"{project.name}-*-setup.exe")
    return sorted(path for pattern in patterns for path in dist.glob(pattern))


def mib(path: Path) -> str:
    size = folder_size(path) if path.is_dir() else path.stat().st_size
    return f"{size / 2**20:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    project = read_project()
    started = time.monotonic()
    DIST.mkdir(exist_ok=True)
    for stale in stale_packages(project):  # an older version's package would be taken for this one's
        step(f"removing {stale.relative_to(ROOT)} (an earlier build's)")
        stale.unlink()
    made: list[Path] = []
    notes: list[str] = []
    if sys.platform.startswith("linux"):
        folder = build_folder(project)
        made += [folder, build_deb(project, folder), build_tarball(project, folder)]
        makensis = find_makensis()
        if makensis is None:
            notes.append("NSIS stand-in compile SKIPPED: makensis not found (apt-get install nsis)")
        else:
            step("NSIS script compiled over the Linux folder (a stand-in payload, not a Windows installer)")
            standin = compile_nsis(project, folder, makensis,
                                   BUILD / "nsis-standin" / f"{project.name}-{project.version}-setup-STANDIN.exe",
                                   standin=True)
            notes.append(f"NSIS script compiles: {standin.relative_to(ROOT)} (stand-in, Linux payload)")
    elif sys.platform == "win32":
        makensis = find_makensis()
        if makensis is None:  # checked first: no point building for half an installer
            raise BuildError("makensis is missing: install NSIS (choco install nsis, or https://nsis.sourceforge.io)")
        folder = build_folder(project)
        made += [folder, compile_nsis(project, folder, makensis,
                                      DIST / f"{project.name}-{project.version}-setup.exe", standin=False)]
    else:
        folder = build_folder(project)
        made.append(folder)
        notes.append(f"no package for {sys.platform} yet: only the one-folder build was made")
    step(f"done in {time.monotonic() - started:.0f} s")
    for path in made:
        print(f"  {mib(path):>11}  {path.relative_to(ROOT)}")
    for note in notes:
        print(f"  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
