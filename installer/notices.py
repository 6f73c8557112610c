"""THIRD-PARTY-NOTICES.txt: every distribution the build carries, with its version, licence and
licence texts, read from the installed distributions at build time (never a hand list).

Written into the one-folder build, so the .deb, the .tar.gz and the Windows installer carry it,
with the licence texts of installer/licenses/ and Python's own LICENSE (which holds the notices
of what CPython bundles: OpenSSL, libffi, expat, zlib...).

    python installer/notices.py OUT_FOLDER      # what build.py does after PyInstaller
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import shutil
import sys
import sysconfig
from pathlib import Path

from packaging.requirements import Requirement

from mouliaison.licences import licence_of

HERE = Path(__file__).resolve().parent
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
NOTICES = "THIRD-PARTY-NOTICES.txt"
# What a wheel's metadata does not say: libraries inside a distribution, under their own terms
INSIDE = {
    "pyside6_essentials": "Qt 6 libraries (LGPL-3.0-only; dynamically linked, replaceable in _internal/PySide6; "
                          "see licenses/LGPL-3.0.txt and licenses/GPL-3.0.txt), ICU (Unicode-3.0)",
    "python-calamine": "the calamine, quick-xml, zip, encoding_rs, pyo3 and other Rust crates, statically linked, "
                       "each under MIT OR Apache-2.0 (see licenses/Apache-2.0.txt)",
}


def runtime_distributions(root: str = "mouliaison") -> list[metadata.Distribution]:
    """`root` and everything it requires, recursively, without extras."""
    found: dict[str, metadata.Distribution] = {}

    def visit(name: str) -> None:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in found:
            return
        found[key] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                visit(requirement.name)

    visit(root)
    return [found[key] for key in sorted(found) if key != root]


def notices_text() -> str:
    lines = ["Third-party software in this build of mouliaison", "=" * 48, "",
             "mouliaison itself is under the MIT licence (LICENSE). It carries the software below, each under",
             "its own licence. Generated at build time from the installed distributions.", ""]
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    lines += [f"Python {sys.version.split()[0]} (PSF-2.0): its licence and the notices of what it bundles "
              "(OpenSSL, libffi, expat, zlib, SQLite...) are in licenses/Python-LICENSE.txt.", ""]
    if not python_licence.is_file():
        lines[-2] += " [missing on the build machine]"
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        lines += [f"{name} {dist.version} — {licence_of(dist)}", "-" * 72]
        inside = INSIDE.get(name.lower().replace("-", "_")) or INSIDE.get(name.lower())
        if inside:
            lines.append(f"Contains: {inside}")
        texts = [f for f in dist.files or [] if LICENCE_FILE.search(f.name) and ".dist-info" in str(f)]
        for file in texts:
            try:
                body = Path(dist.locate_file(file)).read_text(encoding="utf-8", errors="replace").strip()
            except OSError:
                continue
            lines += [f"[{file.name}]", body, ""]
        if not texts:
            lines += ["(no licence file in the distribution; its licence is named above)", ""]
    return "\n".join(lines) + "\n"


def write_notices(folder: Path) -> Path:
    """NOTICES and licenses/ into `folder` (the one-folder build)."""
    target = folder / "licenses"
    target.mkdir(parents=True, exist_ok=True)
    for text in HERE.joinpath("licenses").glob("*.txt"):
        shutil.copyfile(text, target / text.name)
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        shutil.copyfile(python_licence, target / "Python-LICENSE.txt")
    shutil.copyfile(HERE.parent / "LICENSE", target / "mouliaison-LICENSE.txt")
    out = folder / NOTICES
    out.write_text(notices_text(), encoding="utf-8")
    return out


if __name__ == "__main__":
    print(write_notices(Path(sys.argv[1])))
