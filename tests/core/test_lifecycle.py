"""Cancellation, timeouts and log records, against the fake over real loopback sockets."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import anyio
import pytest

from itglue_async import APITimeoutError, ITGlue, RateLimit, RetryPolicy
from itglue_async.testing import FakeITGlue, Faults
from tests.conftest import KEY

pytestmark = pytest.mark.anyio


async def _until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Poll a condition the fake's counters will meet (there is no event to wait on)."""
    for _ in range(int(seconds / 0.005)):
        if condition():
            return
        await anyio.sleep(0.005)
    raise AssertionError("the condition was not reached in time")


async def test_cancelling_in_flight_and_waiting_tasks_leaves_the_client_consistent() -> None:
    """Cancelled sends still count in the window, and the bound and the pool are free again."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None, faults=Faults(latency=30.0))
    org = fake.add("organizations", {"name": "Acme"})
    async with (
        fake.serve() as base_url,
        ITGlue(KEY, base_url=base_url, rate_limit=RateLimit(5, 60.0), max_concurrency=3) as client,
    ):
        finished: list[int] = []

        async def one() -> None:
            await client.organizations.get(org)
            finished.append(1)

        async with anyio.create_task_group() as group:
            for _ in range(6):
                group.start_soon(one)
            await _until(lambda: fake.in_flight == 3)
            group.cancel_scope.cancel()
        assert finished == []  # all six were cancelled: three in flight, three waiting
        assert client._concurrency.value == 3  # every in-flight slot was given back
        fake.faults.latency = 0.0
        for _ in range(2):  # 3 sends already count in the 60 s window: 2 more fit
            with anyio.fail_after(5.0):
                got = await client.organizations.get(org)
            assert got.id == org
        with pytest.raises(TimeoutError), anyio.fail_after(0.3):
            await client.organizations.get(org)
        assert client._concurrency.value == 3
    assert len(fake.requests) == 5


async def test_per_call_timeout_overrides_the_client_default() -> None:
    """timeout= on one call raises APITimeoutError there while other calls wait longer."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None, faults=Faults(latency=0.3))
    org = fake.add("organizations", {"name": "Acme"})
    retry = RetryPolicy(max_retries=1, base=0.001, cap=0.001)
    async with (
        fake.serve() as base_url,
        ITGlue(KEY, base_url=base_url, rate_limit=None, timeout=10.0, retry=retry) as client,
    ):
        with pytest.raises(APITimeoutError, match="timed out after 2 attempt"):
            await client.organizations.get(org, timeout=0.05)
        assert (await client.organizations.get(org)).id == org


async def test_client_timeout_applies_to_every_call() -> None:
    """The client's timeout= bounds each attempt; the error is wrapped with its cause."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None, faults=Faults(latency=0.3))
    async with (
        fake.serve() as base_url,
        ITGlue(KEY, base_url=base_url, rate_limit=None, timeout=0.05, max_retries=0) as client,
    ):
        with pytest.raises(APITimeoutError) as caught:
            await client.organizations.list().collect()
    assert caught.value.__cause__ is not None
    assert KEY not in str(caught.value) and KEY not in repr(caught.value.request)


async def test_log_records_name_method_path_status_attempt_and_wait(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Log records say what was sent, what came back, which attempt, how long it took, and how
    long the waits are."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    org = fake.add("organizations", {"name": "Acme"})
    fake.faults.fail_next(1, status=503)
    fake.faults.rate_limit_next(1, retry_after=None)
    retry = RetryPolicy(max_retries=3, base=0.001, cap=0.001)
    caplog.set_level(logging.DEBUG, logger="itglue_async")
    async with fake.client(retry=retry) as client:
        await client.organizations.get(org)
    messages = [r.getMessage() for r in caplog.records if r.name == "itglue_async"]
    path = f"/organizations/{org}"
    timed = re.compile(rf"GET {re.escape(path)} -> (\d+) \(attempt (\d), \d+ ms\)")
    answers = [m.groups() for m in map(timed.fullmatch, messages) if m]
    assert answers == [("503", "1"), ("429", "2"), ("200", "3")]
    assert any(m.startswith(f"GET {path}: 503 on attempt 1; retrying in 0.00") for m in messages)
    assert any(
        m.startswith(f"GET {path}: 429 on attempt 2; pausing the client for") for m in messages
    )
    assert all(KEY not in m for m in messages)
