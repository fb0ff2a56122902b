"""The README's demo job runs end to end and reports what it did."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from itglue_async.cli._demo import Sizes, run

pytestmark = pytest.mark.anyio


async def test_demo_job_checks_out_at_a_small_scale() -> None:
    """A scaled-down demo finishes without problems and prints its summary."""
    out = io.StringIO()
    problems = await run(Sizes(organizations=5, configurations=300, audited=40, created=40), out)
    assert problems == []
    text = out.getvalue()
    assert "Page through configurations: 300 configurations" in text
    assert "429s seen            2 (2 injected, 0 from the window)" in text
    assert "40 updated, 0 failed" in text


def test_demo_command_rejects_unknown_arguments() -> None:
    """The command line refuses arguments it does not take, with exit status 2."""
    done = subprocess.run(
        [sys.executable, "-m", "itglue_async", "demo", "--fast"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "no arguments" in done.stderr
