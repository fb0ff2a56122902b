"""The sliding-window limiter: never more than n sends per window, yet reaching n."""

from __future__ import annotations

import random

import anyio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itglue_async import RateLimit, SlidingWindowLimiter
from itglue_async.testing import max_in_window
from tests.conftest import FakeClock

pytestmark = pytest.mark.anyio


async def _run(arrivals: list[float], n: int, per: float, hold: float) -> list[float]:
    clock = FakeClock()
    start = clock.now
    limiter = SlidingWindowLimiter(RateLimit(n, per), margin=1e-6, clock=clock, sleep=clock.sleep)
    sends: list[float] = []

    async def one(at: float) -> None:
        if clock.now < start + at:
            await clock.sleep(start + at - clock.now)
        slot = await limiter.acquire()
        sends.append(clock.now)
        clock.now += hold
        await limiter.release(slot, sent=True)

    for at in sorted(arrivals):
        await one(at)
    return sends


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(min_value=0, max_value=50), min_size=1, max_size=120),
    st.integers(min_value=1, max_value=15),
    st.floats(min_value=0.0, max_value=0.5),
)
def test_no_window_exceeds_n(arrivals: list[float], n: int, hold: float) -> None:
    """For any arrival pattern, no window of `per` seconds holds more than n sends."""
    per = 10.0
    sends = anyio.run(_run, arrivals, n, per, hold)
    assert max_in_window(sends, per) <= n


def test_saturation_reaches_n_and_takes_one_window() -> None:
    """A burst of 2n requests fills a window with n sends and finishes in about one window."""
    n, per = 50, 10.0
    sends = anyio.run(_run, [0.0] * (2 * n), n, per, 0.0)
    assert max_in_window(sends, per) == n
    assert sends[-1] - sends[0] == pytest.approx(per, abs=0.01)


async def test_concurrent_tasks_share_the_window() -> None:
    """Concurrent tasks acquire from one window; the (n+1)th waits for the first to expire."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(3, 5.0), margin=0.0, clock=clock, sleep=clock.sleep)
    stamps: list[float] = []

    async def task() -> None:
        slot = await limiter.acquire()
        stamps.append(clock.now)
        await limiter.release(slot, sent=True)

    async with anyio.create_task_group() as group:
        for _ in range(7):
            group.start_soon(task)
    assert max_in_window(sorted(stamps), 5.0) == 3
    assert len(stamps) == 7


async def test_pause_holds_every_grant() -> None:
    """pause() delays the next grant by the given seconds."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(100, 5.0), clock=clock, sleep=clock.sleep)
    t0 = clock.now
    await limiter.pause(2.5)
    slot = await limiter.acquire()
    assert clock.now - t0 >= 2.5
    await limiter.release(slot, sent=True)


async def test_cancelled_waiters_leave_capacity_intact() -> None:
    """100 cancelled waiters leave the limiter able to send immediately afterwards."""
    limiter = SlidingWindowLimiter(RateLimit(1, 1000.0))
    first = await limiter.acquire()
    async with anyio.create_task_group() as group:
        for _ in range(100):
            group.start_soon(limiter.acquire)
        await anyio.sleep(0.01)
        group.cancel_scope.cancel()
    await limiter.release(first, sent=False)
    assert limiter.in_flight == 0
    with anyio.fail_after(1):
        slot = await limiter.acquire()
    await limiter.release(slot, sent=True)
    assert limiter.used() == 1


def test_random_seeded_patterns() -> None:
    """Seeded random bursts with overlapping holds never exceed n in a window."""
    rng = random.Random(7)
    for _ in range(20):
        arrivals = [rng.uniform(0, 30) for _ in range(rng.randint(10, 80))]
        sends = anyio.run(_run, arrivals, 5, 3.0, rng.uniform(0, 1))
        assert max_in_window(sends, 3.0) <= 5


def test_rate_limit_rejects_nonsense() -> None:
    """RateLimit refuses non-positive numbers with a clear message."""
    with pytest.raises(ValueError, match="positive"):
        RateLimit(0, 1.0)
    with pytest.raises(ValueError, match="positive"):
        RateLimit(1, 0)


async def test_a_connection_never_made_is_not_counted() -> None:
    """A request whose connection failed never reached the server, so the window keeps its slot."""
    import httpx

    from itglue_async import APIConnectionError, ITGlue

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("dropped", request=request)

    for handler, counted in ((refuse, 0), (drop, 1)):
        transport = httpx.MockTransport(handler)
        async with ITGlue("k", base_url="https://api.itglue.com", transport=transport) as client:
            client.retry.max_retries = 0
            with pytest.raises(APIConnectionError):
                await client.organizations.get(1)
            assert isinstance(client.limiter, SlidingWindowLimiter)
            assert client.limiter.used() == counted
