"""The application in a real X window (Xvfb), as a person starts it: not the offscreen platform.

This catches what offscreen tests cannot: a system library the xcb platform plugin needs
(README lists them; .ci/run installs them). Skipped where Xvfb is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)")


@pytest.fixture
def display() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not report its display"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_window_opens_and_draws_on_a_real_display(display: str, tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    cli = [sys.executable, "-m", "mouliaison", "--db", str(database)]
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([*cli, "add", "activity", "title=Border post training", "status=planned"], check=True, env=env)
    picture = tmp_path / "window.png"
    done = subprocess.run([*cli, "--screenshot", str(picture)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr
    image = QImage(str(picture))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # a drawn window, not a blank rectangle
