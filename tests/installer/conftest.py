"""The installer's scripts (installer/*.py) made importable for these tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    """installer/build.py under a name of its own: `build` is also a PyPI package's name."""
    spec = importlib.util.spec_from_file_location("mouliaison_installer_build", INSTALLER / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
