"""Small and scaled screens: screen_cases.py run on an offscreen screen of a netbook's size
(1024x600) and on 1366x768 at 150 % (Qt's scale factor), each in its own process because a
Qt process has one set of screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).with_name("screen_cases.py")
ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1024x600": (1024, 600, "1"),
    "1366x768 at 150%": (1366, 768, "1.5"),
}


@pytest.mark.parametrize("screen", SCREENS)
def test_the_window_and_its_dialogs_fit(screen: str, tmp_path: Path) -> None:
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                           str(CASES)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout.splitlines()[-1], done.stdout[-2000:]
