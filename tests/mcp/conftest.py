"""Agent-tool fixtures: seeded fakes of both APIs and a way to talk to a server through the
official SDK's own client, in process."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import pytest
from mcp import Client
from mcp.types import CallToolResult

from itglue_async import RetryPolicy
from itglue_async.mcp import create_server
from itglue_async.testing import FakeBlueTally, FakeITGlue

FAST_RETRIES = RetryPolicy(max_retries=4, base=0.001, cap=0.01)

Connect = Callable[..., AbstractAsyncContextManager[Client]]


@pytest.fixture
def itglue() -> FakeITGlue:
    """A seeded IT Glue fake (small, so tests stay quick)."""
    fake = FakeITGlue(rate_limit=None)
    fake.populate(
        organizations=3, configurations=120, passwords=12, contacts=10, documents=6, seed=3
    )
    return fake


@pytest.fixture
def bluetally() -> FakeBlueTally:
    """A seeded BlueTally fake."""
    fake = FakeBlueTally(rate_limit=None)
    fake.populate(seed=3)
    return fake


@pytest.fixture
def connect() -> Connect:
    """``async with connect(fake, **server_options) as mcp:`` an SDK client on a server over
    a client of the fake; the fake's request log starts empty."""

    @asynccontextmanager
    async def open_(fake: Any, **options: Any) -> AsyncIterator[Client]:
        async with fake.client(retry=FAST_RETRIES) as client:
            server = create_server(client, **options)
            async with Client(server) as mcp:
                fake.requests.clear()
                yield mcp

    return open_


def ok(result: CallToolResult) -> dict[str, Any]:
    """The structured content of a successful call (fails the test on a tool error)."""
    assert not result.is_error, result.content
    assert isinstance(result.structured_content, dict)
    return result.structured_content


def refused(result: CallToolResult) -> str:
    """The text of a tool error (fails the test on success)."""
    assert result.is_error, result.structured_content
    text = result.content[0].text  # type: ignore[union-attr]
    assert isinstance(text, str)
    return text
