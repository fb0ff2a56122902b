"""A real redis-server for the shared-limiter tests, started once on loopback and stopped after."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from itglue_async.testing import RedisServer, redis_server


@pytest.fixture(scope="session")
def redis() -> Iterator[RedisServer]:
    """The session's redis-server; the tests fail (never skip) when it cannot run."""
    with redis_server() as server:
        yield server


@pytest.fixture
def name() -> str:
    """A log name of its own for each test, so tests never share a window."""
    return f"itglue:test:{uuid.uuid4().hex[:12]}"
