"""The sliding-window limiter: never more than n sends per window, yet reaching n."""

from __future__ import annotations

import random
from typing import Any

import anyio
import anyio.lowlevel
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


def _limiter(n: int, per: float, margin: float = 0.0) -> tuple[SlidingWindowLimiter, FakeClock]:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(n, per), margin=margin, clock=clock, sleep=clock.sleep)
    return limiter, clock


async def test_used_counts_finished_and_in_flight_requests() -> None:
    """used() is the stamps in the window plus the requests granted and not yet released."""
    limiter, clock = _limiter(5, 10.0)
    first, second = await limiter.acquire(), await limiter.acquire()
    await limiter.release(first, sent=True)
    assert limiter.used() == 2 and limiter.in_flight == 1
    await limiter.release(second, sent=False)  # never sent: its place comes back whole
    assert limiter.used() == 1 and limiter.in_flight == 0
    clock.now += 10.0
    assert limiter.used() == 0


async def test_a_stamp_leaves_the_window_only_after_per_plus_margin() -> None:
    """A finished request holds its place for per + margin seconds, not a moment less."""
    limiter, clock = _limiter(1, 10.0, margin=1.0)
    await limiter.release(await limiter.acquire(), sent=True)
    stamp = clock.now
    clock.now = stamp + 10.5  # past per, within per + margin
    assert limiter.used() == 1
    slot = await limiter.acquire()
    assert clock.now == pytest.approx(stamp + 11.0)
    await limiter.release(slot, sent=True)


async def test_a_full_window_is_never_granted_whatever_the_wait_left() -> None:
    """With the window full, a grant waits out exactly what is left of it, even one second."""
    limiter, clock = _limiter(1, 10.0)
    await limiter.release(await limiter.acquire(), sent=True)
    start = clock.now
    clock.now = start + 9.0  # one second of the window left
    slot = await limiter.acquire()
    assert clock.now == pytest.approx(start + 10.0)
    await limiter.release(slot, sent=True)


async def test_the_window_is_checked_again_when_a_pause_ends() -> None:
    """At the very moment a pause ends, a full window still holds the next grant back."""
    limiter, clock = _limiter(1, 10.0)
    await limiter.release(await limiter.acquire(), sent=True)
    start = clock.now
    await limiter.pause(5.0)
    clock.now = start + 5.0  # the pause ends now; the window holds until start + 10
    slot = await limiter.acquire()
    assert clock.now == pytest.approx(start + 10.0)
    await limiter.release(slot, sent=True)


@pytest.mark.parametrize("kind", ["window", "unlimited"])
async def test_a_short_pause_lasts_what_it_says(kind: str) -> None:
    """pause(0.2) holds grants for 0.2 s, no longer; a shorter pause never shortens a longer."""
    from itglue_async._limiter import Unlimited

    clock = FakeClock()
    limiter: Any = (
        SlidingWindowLimiter(RateLimit(10, 1.0), clock=clock, sleep=clock.sleep)
        if kind == "window"
        else Unlimited(clock=clock, sleep=clock.sleep)
    )
    start = clock.now
    await limiter.pause(0.2)
    await limiter.release(await limiter.acquire(), sent=True)
    assert clock.now == pytest.approx(start + 0.2)
    await limiter.pause(3.0)
    await limiter.pause(1.0)
    await limiter.release(await limiter.acquire(), sent=True)
    assert clock.now == pytest.approx(start + 3.2)
    await limiter.pause(-5.0)  # a negative wait is no wait
    before = clock.now
    await limiter.release(await limiter.acquire(), sent=True)
    assert clock.now == before


async def test_waiters_are_granted_in_arrival_order() -> None:
    """Tasks that queue for a full window are granted first come, first served."""
    limiter, _ = _limiter(1, 1.0)
    first = await limiter.acquire()
    order: list[int] = []

    async def waiter(number: int) -> None:
        slot = await limiter.acquire()
        order.append(number)
        await limiter.release(slot, sent=True)

    async with anyio.create_task_group() as group:
        for number in range(5):
            group.start_soon(waiter, number)
            await anyio.lowlevel.checkpoint()
        await limiter.release(first, sent=True)
    assert order == [0, 1, 2, 3, 4]


async def test_a_newcomer_never_overtakes_a_waiting_task() -> None:
    """A place that frees while a task waits goes to that task, not to one arriving just then."""
    limiter, _ = _limiter(1, 1.0)
    first = await limiter.acquire()
    order: list[str] = []

    async def waiting() -> None:
        slot = await limiter.acquire()
        order.append("waiting")
        await limiter.release(slot, sent=False)

    async with anyio.create_task_group() as group:
        group.start_soon(waiting)
        for _ in range(3):
            await anyio.lowlevel.checkpoint()  # the waiting task now holds the queue
        await limiter.release(first, sent=False)  # its place frees at once
        slot = await limiter.acquire()  # a newcomer, in the same breath
        order.append("newcomer")
        await limiter.release(slot, sent=False)
    assert order == ["waiting", "newcomer"]


async def test_max_per_second_lets_a_burst_through_then_spaces_grants() -> None:
    """max_per_second=4: four grants at once, then one every quarter second, on any backend."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(
        RateLimit(100, 10.0), max_per_second=4, clock=clock, sleep=clock.sleep
    )
    start = clock.now
    stamps = []
    for _ in range(8):
        slot = await limiter.acquire()
        stamps.append(clock.now - start)
        await limiter.release(slot, sent=True)
    assert stamps == pytest.approx([0.0, 0.0, 0.0, 0.0, 0.25, 0.5, 0.75, 1.0])
    clock.now += 1.0  # an idle second drains the bucket: the next burst goes through at once
    before = clock.now
    for _ in range(4):
        await limiter.release(await limiter.acquire(), sent=True)
    assert clock.now == before


async def test_max_per_second_below_one_spaces_single_requests() -> None:
    """Half a request a second: one now, the next two seconds later."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(
        RateLimit(100, 10.0), max_per_second=0.5, clock=clock, sleep=clock.sleep
    )
    start = clock.now
    await limiter.release(await limiter.acquire(), sent=True)
    await limiter.release(await limiter.acquire(), sent=True)
    assert clock.now - start == pytest.approx(2.0)


async def test_the_window_still_rules_under_smoothing() -> None:
    """Smoothing never lets the window pass its n: the third grant waits for the window."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(
        RateLimit(2, 10.0), margin=0.0, max_per_second=100, clock=clock, sleep=clock.sleep
    )
    start = clock.now
    for _ in range(3):
        await limiter.release(await limiter.acquire(), sent=True)
    assert clock.now - start == pytest.approx(10.0)


@pytest.mark.parametrize("bad", [0, -1, True, "5"])
def test_max_per_second_must_be_a_positive_number(bad: object) -> None:
    with pytest.raises(ValueError, match=r"^max_per_second must be a positive number"):
        SlidingWindowLimiter(RateLimit(10, 1.0), max_per_second=bad)  # type: ignore[arg-type]


async def test_a_slot_released_twice_counts_once() -> None:
    """A second release of the same slot changes nothing: no place is handed back twice."""
    from itglue_async._limiter import Unlimited

    limiter, _ = _limiter(2, 10.0)
    slot, other = await limiter.acquire(), await limiter.acquire()
    await limiter.release(slot, sent=True)
    await limiter.release(slot, sent=True)
    assert limiter.in_flight == 1 and limiter.used() == 2
    await limiter.release(other, sent=False)
    assert limiter.used() == 1
    unlimited = Unlimited()
    assert repr(unlimited) == "Unlimited()"
    slot = await unlimited.acquire()
    await unlimited.release(slot, sent=True)
    assert slot.released is True


@pytest.mark.parametrize("smoothing", [None, 4])
async def test_a_clock_that_starts_at_zero_grants_at_once(smoothing: int | None) -> None:
    """Nothing is held against the first requests, whatever the clock reads when it starts:
    no pause, and with max_per_second=4 a whole burst of four."""
    from itglue_async._limiter import Unlimited

    clock = FakeClock()
    clock.now = 0.0
    limiter = SlidingWindowLimiter(
        RateLimit(100, 10.0), max_per_second=smoothing, clock=clock, sleep=clock.sleep
    )
    for _ in range(4):
        await limiter.acquire()
    unlimited = Unlimited(clock=clock, sleep=clock.sleep)
    await unlimited.acquire()
    assert clock.now == 0.0 and clock.sleeps == []


async def test_a_client_with_a_smoothing_limiter_sends_on_every_backend() -> None:
    """max_per_second through the client under asyncio and trio alike (the bucket it uses
    runs on the limiter's own clock, not on one event loop's)."""
    import httpx

    from itglue_async import ITGlue
    from tests.conftest import BASE, KEY

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"id": "1", "type": "organizations"}})

    limiter = SlidingWindowLimiter(RateLimit(3000, 300.0), max_per_second=200)
    async with (
        ITGlue(
            KEY, base_url=BASE, limiter=limiter, transport=httpx.MockTransport(answer)
        ) as client,
        anyio.create_task_group() as group,
    ):
        for _ in range(5):
            group.start_soon(client.organizations.get, 1)
    assert limiter.in_flight == 0
