"""A bounded run of the fault suite (tests/faults/run_faults.py runs thousands): every outcome a
clear refusal with nothing written, or an import; never a traceback, a partial file or half an import."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.faults.run_faults import KINDS, run

PER_KIND = 40


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_bounded_fault_run_has_only_acceptable_outcomes(tmp_path: Path) -> None:
    suite = run(PER_KIND, seed=19, kinds=KINDS, folder=tmp_path)
    assert not suite.failures, suite.report()
    for kind in ("bytes", "xml", "forged"):
        assert suite.outcomes[kind]["refused"] > 0, suite.report()  # the damage is real
    assert suite.outcomes["lock"]["refused, exit 1"] == 1
    assert suite.outcomes["kill"]["export killed"] == suite.outcomes["kill"]["import killed"] == 1
    assert sum(suite.outcomes["truncated"].values()) == 1
