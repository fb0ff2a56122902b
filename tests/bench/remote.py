"""The fake in its own process, so its CPU time and memory are not charged to the client.

On loopback in the same event loop, the fake's JSON rendering competes with the client for one
core; in production the server is elsewhere. A spawned process gets the machine's other core.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
from collections.abc import AsyncIterator
from multiprocessing.connection import Connection
from typing import Any

import attrs

from itglue_async import RateLimit
from itglue_async.testing import FakeITGlue, Faults

KEY = "bench-key"


@attrs.frozen
class FakeSetup:
    """What the remote fake holds and enforces (picklable, for a spawned process)."""

    rate_limit: tuple[int, float] | None = None
    latency: float = 0.0
    organizations: int = 1
    configurations: int = 0
    seeded: int = 0  # configurations from populate(): every documented attribute, as seeded


@attrs.frozen
class Report:
    """What the remote fake saw, sent back when it stops."""

    requests: int
    rate_limited: int
    max_in_window: int
    max_in_flight: int
    archived: int


def _fill(fake: FakeITGlue, setup: FakeSetup) -> None:
    if setup.seeded:
        fake.populate(organizations=10, configurations=setup.seeded, seed=1)
        return
    for index in range(setup.organizations):
        fake.add("organizations", {"name": f"Org {index}"})
    for index in range(setup.configurations):
        fake.add(
            "configurations",
            {
                "name": f"cfg-{index:06d}",
                "organization_id": 1 + index % max(1, setup.organizations),
                "serial_number": f"SN{index:09d}",
                "archived": False,
            },
        )


async def _run(setup: FakeSetup, conn: Connection) -> None:
    limit = RateLimit(*setup.rate_limit) if setup.rate_limit else None
    fake = FakeITGlue(api_key=KEY, rate_limit=limit, faults=Faults(latency=setup.latency))
    _fill(fake, setup)
    async with fake.serve() as base_url:
        conn.send(base_url)
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)
    archived = sum(
        1
        for i in fake.ids("configurations")
        if (fake.get("configurations", i) or {}).get("archived")
    )
    conn.send(
        Report(
            requests=len(fake.requests),
            rate_limited=sum(1 for r in fake.requests if r.outcome == "rate_limited"),
            max_in_window=fake.max_in_window(),
            max_in_flight=fake.max_in_flight,
            archived=archived,
        )
    )


def _serve(setup: FakeSetup, conn: Connection) -> None:
    asyncio.run(_run(setup, conn))


@attrs.define
class Remote:
    """A running remote fake: its base URL, and its report once it has stopped."""

    base_url: str
    report: Report | None = None


@contextlib.asynccontextmanager
async def remote_fake(setup: FakeSetup) -> AsyncIterator[Remote]:
    """Start a fake in a spawned process; on exit stop it and fill ``remote.report``."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(setup, theirs), daemon=True)
    process.start()
    loop = asyncio.get_running_loop()
    try:
        base_url: Any = await loop.run_in_executor(None, ours.recv)
        remote = Remote(str(base_url))
        yield remote
        ours.send("stop")
        remote.report = await loop.run_in_executor(None, ours.recv)
    finally:
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
