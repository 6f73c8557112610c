"""A workbook opened and saved again by LibreOffice, as a person's office suite does it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def resave_with_libreoffice(path: Path, tmp_path: Path) -> Path:
    """`path` converted to .xlsx by `soffice --headless` (its own profile under `tmp_path`); the
    test is skipped where LibreOffice is not installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "lo"
    out.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    completed = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir", str(out),
         str(path)], capture_output=True, text=True, timeout=180)
    resaved = out / f"{path.stem}.xlsx"
    assert completed.returncode == 0 and resaved.exists(), completed.stderr
    return resaved
