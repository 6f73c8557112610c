"""The installable builds' helpers, without building anything (the build itself: installer/ci.sh).

The name comes from pyproject.toml, the version from the package; the .ico drawn from the SVG is one Windows reads;
the .deb's control file and menu entry; the library walk that decides what the Linux folder
carries; the PNG reader the smoke test judges screenshots with.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import icons
import linux_libraries
import notices
import project_metadata
import pytest
import smoke_test
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

import mouliaison


def test_the_name_comes_from_pyproject_and_the_version_from_the_package():
    project = project_metadata.read_project()
    assert project.name == "mouliaison"
    assert project.version == mouliaison.__version__
    assert project_metadata.shipped_languages() == ["es", "fr"]


def test_a_version_written_in_pyproject_too_or_missing_from_the_package_is_refused(tmp_path: Path):
    """The version is written once, in mouliaison/__init__.py: a second copy could drift."""
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "mouliaison"\nversion = "0.2.0"\ndynamic = []\ndescription = "x"\n',
                         encoding="utf-8")
    with pytest.raises(SystemExit, match="must be dynamic"):
        project_metadata.read_project(pyproject)
    pyproject.write_text('[project]\nname = "mouliaison"\ndynamic = ["version"]\ndescription = "x"\n',
                         encoding="utf-8")
    init = tmp_path / "__init__.py"
    init.write_text('"""No version here."""\nVERSION = "0.2.0"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="no `__version__"):
        project_metadata.read_project(pyproject, init)
    init.write_text('__version__ = "0.2.0"\n', encoding="utf-8")
    assert project_metadata.read_project(pyproject, init).version == "0.2.0"


def test_the_ico_holds_every_size_and_windows_readers_can_decode_it(qapp):
    data = icons.ico_bytes(project_metadata.ICON_SVG)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"ico")
    sizes = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
        # the SVG's dark blue square fills the middle; the corners stay transparent (rounded)
        middle = image.pixelColor(image.width() // 2, image.height() // 8)
        assert (middle.red(), middle.green(), middle.blue(), middle.alpha()) == (0x1F, 0x4E, 0x79, 255)
        assert image.pixelColor(0, 0).alpha() == 0
        reader.jumpToNextImage()
    assert sorted(sizes) == sorted(icons.ICO_SIZES)


def test_the_menu_entry_and_the_control_file(build_script):
    build = build_script
    project = project_metadata.read_project()
    entry = build.desktop_entry(project)
    assert "\nExec=mouliaison\n" in entry and "\nIcon=mouliaison\n" in entry and "\nTerminal=false\n" in entry
    control = build.control_file(project, "amd64", 140_000, linux_libraries.depends("2.34"))
    fields = dict(line.split(": ", 1) for line in control.splitlines() if line and not line.startswith(" "))
    assert fields["Package"] == "mouliaison" and fields["Version"] == f"{project.version}-{build.DEB_REVISION}"
    depends = fields["Depends"].split(", ")
    assert depends[0] == "libc6 (>= 2.34)"
    for package in ("libegl1", "libgl1", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libdbus-1-3",
                    "libfontconfig1", "libwayland-cursor0", "fonts-dejavu-core"):
        assert package in depends
    assert control.endswith("\n") and all(line.startswith(" ") for line in control.split("Description: ")[1]
                                          .splitlines()[1:])


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objdump") is None,
                    reason="reads Linux libraries with objdump")
def test_the_library_walk_follows_what_loads_what_and_stops_at_the_system(monkeypatch):
    import _ssl

    needed = linux_libraries.needed(_ssl.__file__)
    if "libssl.so.3" not in needed:
        pytest.skip(f"this Python's _ssl does not load libssl.so.3 ({needed})")
    real = {name: _system_library(name) for name in ("libssl.so.3", "libcrypto.so.3")}
    if None in real.values():
        pytest.skip(f"OpenSSL 3 is not where Debian keeps it: {real}")
    bundled = {**real, "libunrelated.so.1": "/nonexistent/libunrelated.so.1"}
    reached = linux_libraries.bundled_closure([_ssl.__file__], bundled)
    assert reached == {"libssl.so.3", "libcrypto.so.3"}  # not the unrelated one
    # a system library is not carried, even when the build machine had a copy to bundle
    monkeypatch.setattr(linux_libraries, "SYSTEM_LIBRARIES", frozenset({"libssl.so.3"}))
    assert linux_libraries.bundled_closure([_ssl.__file__], bundled) == {"libcrypto.so.3"}
    monkeypatch.undo()
    assert "libstdc++.so.6" in linux_libraries.SYSTEM_LIBRARIES  # never carried: newer Mesa needs the system's


def _system_library(name: str) -> str | None:
    for folder in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/usr/lib"):
        if (Path(folder) / name).exists():
            return str(Path(folder) / name)
    return None


def test_the_smoke_tests_png_reader_agrees_with_qt(qapp, tmp_path: Path):
    image = QImage(61, 37, QImage.Format.Format_RGB32)
    image.fill(QColor("#fafafa"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # gradients of colour: every PNG filter is used
    painter.setPen(QColor("#1f4e79"))
    painter.drawEllipse(5, 5, 40, 25)
    painter.fillRect(50, 2, 8, 30, QColor("#ffb703"))
    painter.end()
    path = tmp_path / "picture.png"
    assert image.save(str(path), "PNG")
    width, height, pixels = smoke_test.png_pixels(path)
    assert (width, height) == (61, 37)
    for y in range(height):
        for x in range(width):
            colour = QColor(image.pixel(x, y))
            assert tuple(pixels[y * width + x][:3]) == (colour.red(), colour.green(), colour.blue()), (x, y)
    with pytest.raises(smoke_test.SmokeFailure, match="colours"):
        smoke_test.check_not_blank(_blank_png(tmp_path / "blank.png"))


def _blank_png(path: Path) -> Path:
    image = QImage(1100, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(path), "PNG")
    return path


def test_the_first_paint_probe_reports_once_the_window_is_painted_and_quits(db_path: Path, tmp_path: Path):
    """installer/bench_startup.py times start-up with it; without the variable the window stays open."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOULIAISON_EXIT_AFTER_FIRST_PAINT": "1",
           "MOULIAISON_CONFIG_DIR": str(tmp_path / "config"), "XDG_CONFIG_HOME": str(tmp_path / "qt")}
    launched = time.time()
    done = subprocess.run([sys.executable, "-m", "mouliaison", "--db", str(db_path)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    [line] = [line for line in done.stdout.splitlines() if line.startswith("first paint at ")]
    painted = float(line.removeprefix("first paint at "))
    assert launched < painted < time.time()


def test_third_party_notices_name_every_bundled_distribution_with_its_licence_text(tmp_path):
    """Generated from the installed distributions, so a new dependency cannot be forgotten."""
    from importlib import metadata

    written = notices.write_notices(tmp_path)
    text = written.read_text(encoding="utf-8")
    for requirement in metadata.requires("mouliaison") or []:
        if "extra ==" in requirement:
            continue
        name = requirement.split(";")[0].split(">")[0].split("<")[0].split("=")[0].split("!")[0].strip()
        dist = metadata.distribution(name)
        assert f"{dist.metadata['Name']} {dist.version} — " in text, name
    assert "LGPL-3.0" in text and "Rust crates" in text
    for licence in ("LGPL-3.0.txt", "GPL-3.0.txt", "Apache-2.0.txt", "mouliaison-LICENSE.txt"):
        assert (tmp_path / "licenses" / licence).stat().st_size > 1000
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (tmp_path / "licenses" / "LGPL-3.0.txt").read_text()
