"""The command as a separate process against the fake served on loopback HTTP."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from anyio import run_process

from itglue_async.testing import FakeBlueTally, FakeITGlue
from itglue_async.testing._wire import Reply

pytestmark = pytest.mark.anyio


async def test_backup_list_and_get_over_http(tmp_path: Path) -> None:
    """backup, list and get run as a separate process against the loopback fake, key unprinted."""
    fake = FakeITGlue(api_key="loopback-key")
    fake.populate(organizations=3, configurations=40, contacts=10, passwords=5, logs=0)
    path = tmp_path / "b.sqlite"
    async with fake.serve() as base_url:
        env = {**os.environ, "ITGLUE_API_KEY": "loopback-key", "ITGLUE_BASE_URL": base_url}
        command = [sys.executable, "-m", "itglue_async"]
        done = await run_process([*command, "backup", str(path)], env=env, check=False)
        listed = await run_process(
            [*command, "list", "configurations", "--format", "jsonl"], env=env, check=False
        )
        got = await run_process(
            [*command, "get", "passwords", "1", "--format", "json"], env=env, check=False
        )
        wrong = await run_process(
            [*command, "list", "organizations"],
            env={**env, "ITGLUE_API_KEY": "not-the-key"},
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == b""
    assert b"run 1 complete" in done.stderr
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM configurations").fetchone() == (40,)
    db.close()
    assert len(listed.stdout.decode().splitlines()) == 40
    assert json.loads(got.stdout)["password"] == "********"
    assert wrong.returncode == 1
    lines = wrong.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("AuthenticationError: ")
    every = done.stderr + listed.stderr + got.stderr + wrong.stderr
    assert b"loopback-key" not in every and b"not-the-key" not in every


class _Refusing(FakeITGlue):
    """Answers 422 to every documents listing (the rest of the account reads as usual)."""

    def admit(self, route: Any, query: Any) -> None:
        super().admit(route, query)
        if route.resource == "documents":
            raise Reply(422, "documents are refused here (injected).")


async def test_a_failed_resource_exits_1_after_the_rest_is_backed_up(tmp_path: Path) -> None:
    """A resource refused with 422 makes the command exit 1 after the rest is backed up."""
    fake = _Refusing(api_key="loopback-key")
    fake.populate(organizations=3, configurations=40, contacts=10, passwords=5, logs=0)
    path = tmp_path / "b.sqlite"
    async with fake.serve() as base_url:
        env = {**os.environ, "ITGLUE_API_KEY": "loopback-key", "ITGLUE_BASE_URL": base_url}
        done = await run_process(
            [sys.executable, "-m", "itglue_async", "backup", str(path)], env=env, check=False
        )
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "run 1 failed" in err
    assert "failed documents: UnprocessableEntityError" in err
    assert "failed document_sections: its owner documents could not be listed" in err
    assert "Traceback" not in err and "loopback-key" not in err
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM configurations").fetchone() == (40,)
    assert db.execute("SELECT status FROM runs").fetchone() == ("failed",)
    db.close()


async def test_bluetally_over_http_with_its_environment(tmp_path: Path) -> None:
    """With --api bluetally the command reads BlueTally's environment and never prints the key."""
    fake = FakeBlueTally(api_key="bt-loopback-key")
    fake.populate(assets=30, seed=2)
    async with fake.serve() as base_url:
        env = {
            **os.environ,
            "BLUETALLY_API_KEY": "bt-loopback-key",
            "BLUETALLY_BASE_URL": base_url,
        }
        env.pop("ITGLUE_API_KEY", None)
        command = [sys.executable, "-m", "itglue_async"]
        listed = await run_process(
            [*command, "list", "assets", "--api", "bluetally", "--format", "jsonl"],
            env=env,
            check=False,
        )
        done = await run_process(
            [*command, "backup", str(tmp_path / "bt.sqlite"), "--api", "bluetally"],
            env=env,
            check=False,
        )
        wrong = await run_process(
            [*command, "get", "assets", "1", "--api", "bluetally"],
            env={**env, "BLUETALLY_API_KEY": "not-the-key"},
            check=False,
        )
    assert listed.returncode == 0, listed.stderr.decode()
    assert len(listed.stdout.decode().splitlines()) == 30
    assert done.returncode == 0 and b"run 1 complete" in done.stderr, done.stderr.decode()
    assert wrong.returncode == 1 and wrong.stderr.startswith(b"AuthenticationError: ")
    every = listed.stderr + done.stderr + wrong.stderr
    assert b"bt-loopback-key" not in every and b"not-the-key" not in every
