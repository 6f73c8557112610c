"""`mouliaison --screenshot PATH.png [--page NAME]`: README and installers rely on it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mouliaison", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_screenshot_of_a_page(db_path: Path, tmp_path: Path):
    target = tmp_path / "contacts.png"
    result = run("--db", str(db_path), "--screenshot", str(target), "--page", "contact")
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 11) for y in range(0, image.height(), 11)}
    assert len(colours) > 5


def test_unknown_page_is_a_usage_error(db_path: Path, tmp_path: Path):
    result = run("--db", str(db_path), "--screenshot", str(tmp_path / "x.png"), "--page", "nothing")
    assert result.returncode == 2 and "pages:" in result.stderr
    assert run("--db", str(db_path), "--page", "contact").returncode == 2  # --page needs --screenshot
