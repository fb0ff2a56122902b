"""Shared fixtures: a client wired to respx with a fake clock, so nothing waits or leaves.

Async tests are marked for anyio's pytest plugin and run under both of its backends, asyncio
and trio; the generated-route and codegen suites (tests/generated, tests/codegen) pin asyncio
in their own conftest, since they test shapes, not concurrency.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from itglue_async import ITGlue

BASE = "https://api.itglue.com"
KEY = "ITG.secret-key-0123456789"


class FakeClock:
    """A monotonic clock that only moves when something sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        import anyio

        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        await anyio.lowlevel.checkpoint()


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Each async test runs once per backend."""
    backend: str = request.param
    return backend


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def client(clock: FakeClock) -> AsyncIterator[ITGlue]:
    async with ITGlue(KEY, base_url=BASE, clock=clock, sleep=clock.sleep) as c:
        yield c
