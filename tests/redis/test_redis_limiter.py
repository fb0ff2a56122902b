"""RedisLimiter against a real redis-server: the shared window, pauses, leases, failures.

Two limiter instances with one name stand for two processes here (each has its own connection
and in-process state); tests/redis/test_processes.py runs real worker processes.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable

import anyio
import pytest
import redis as redis_py

from itglue_async import (
    APIConnectionError,
    LimiterUnavailableError,
    RateLimit,
    RedisLimiter,
    Slot,
)
from itglue_async.testing import FakeBlueTally, FakeITGlue, RedisServer, max_in_window, redis_server

pytestmark = pytest.mark.anyio

Make = Callable[..., RedisLimiter]


@pytest.fixture
async def make(redis: RedisServer, name: str) -> AsyncIterator[Make]:
    made: list[RedisLimiter] = []

    def build(n: int = 5, per: float = 0.5, **options: float) -> RedisLimiter:
        options.setdefault("margin", 0.01)
        limiter = RedisLimiter(redis.url, name=name, rate_limit=RateLimit(n, per), **options)
        made.append(limiter)
        return limiter

    yield build
    for limiter in made:
        await limiter.aclose()


def _in_flight(server: RedisServer, name: str) -> int:
    """Entries of the log still scored in the future: reservations not yet released."""
    client = redis_py.Redis.from_url(server.url)
    try:
        seconds, micros = client.time()
        return int(client.zcount(f"{{{name}}}:log", f"({seconds * 1_000_000 + micros}", "+inf"))
    finally:
        client.close()


async def test_two_workers_never_exceed_the_window_and_reach_it(make: Make) -> None:
    """Two limiters on one name never grant more than n in a window, yet reach n."""
    n, per = 5, 0.5
    first, second = make(n, per), make(n, per)
    grants: list[float] = []

    async def one(limiter: RedisLimiter) -> None:
        slot = await limiter.acquire()
        grants.append(time.monotonic())
        await limiter.release(slot, sent=True)

    start = time.monotonic()
    async with anyio.create_task_group() as group:
        for index in range(4 * n):
            group.start_soon(one, first if index % 2 else second)
    assert len(grants) == 4 * n
    assert max_in_window(grants, per) <= n
    # Reaching the ceiling: 4n requests take about three windows, not four or more.
    assert max(grants) - start < 3 * per + 0.6


async def test_different_names_do_not_share(redis: RedisServer, make: Make) -> None:
    """Limiters with different names keep separate windows."""
    mine = make(2, 5.0)
    other = RedisLimiter(redis.url, name=mine.name + ":other", rate_limit=RateLimit(2, 5.0))
    try:
        for limiter in (mine, mine, other, other):
            with anyio.fail_after(2):
                await limiter.release(await limiter.acquire(), sent=True)
    finally:
        await other.aclose()


async def test_a_request_never_sent_frees_its_place_at_once(make: Make) -> None:
    """A slot released without sending frees its place at once."""
    limiter = make(1, 30.0)
    slot = await limiter.acquire()
    assert await limiter.used() == 1
    await limiter.release(slot, sent=False)
    assert await limiter.used() == 0
    with anyio.fail_after(2):
        await limiter.release(await limiter.acquire(), sent=True)
    assert await limiter.used() == 1


async def test_in_flight_requests_count_until_released(
    redis: RedisServer, name: str, make: Make
) -> None:
    """A slow request keeps its place; the window starts at its release, not its grant."""
    limiter = make(1, 0.4)
    slot = await limiter.acquire()
    assert _in_flight(redis, name) == 1
    await anyio.sleep(0.5)  # longer than the window: a grant-time stamp would have expired
    waiter_done = anyio.Event()

    async def waiter() -> None:
        await limiter.release(await limiter.acquire(), sent=True)
        waiter_done.set()

    async with anyio.create_task_group() as group:
        group.start_soon(waiter)
        await anyio.sleep(0.2)
        assert not waiter_done.is_set()
        released = time.monotonic()
        await limiter.release(slot, sent=True)
        assert _in_flight(redis, name) == 0
        with anyio.fail_after(2):
            await waiter_done.wait()
    assert time.monotonic() - released >= 0.35


async def test_release_rescores_the_reservation_to_the_release(
    redis: RedisServer, name: str, make: Make
) -> None:
    """Releasing a sent request moves its entry from grant + lease to the release moment: it
    still counts in the window, and its place frees a window later, not when the lease ends."""
    limiter = make(1, 0.3, lease=60.0)
    slot = await limiter.acquire()
    assert _in_flight(redis, name) == 1  # scored at grant + lease, in the future
    await limiter.release(slot, sent=True)
    assert _in_flight(redis, name) == 0  # rescored to now
    assert await limiter.used() == 1  # and still counted: the request was sent
    started = time.monotonic()
    with anyio.fail_after(3):
        await limiter.release(await limiter.acquire(), sent=True)
    assert time.monotonic() - started >= 0.25


async def test_a_pause_holds_every_worker(make: Make) -> None:
    """A pause stored in Redis holds every worker until it ends."""
    first, second = make(100, 1.0), make(100, 1.0)
    await first.pause(0.4)
    assert 0.2 < await second.paused_for() <= 0.4
    start = time.monotonic()
    await second.release(await second.acquire(), sent=True)
    assert time.monotonic() - start >= 0.3
    # A shorter pause does not cut a longer one short.
    await first.pause(0.5)
    await second.pause(0.1)
    assert await first.paused_for() > 0.3


async def test_a_dead_workers_places_come_back_after_the_lease(make: Make) -> None:
    """Places held by a worker that never releases come back after the lease."""
    lease, per = 0.4, 0.3
    dead = make(2, per, lease=lease)
    await dead.acquire()
    await dead.acquire()
    await dead.aclose()  # never released: the worker died holding them
    alive = make(2, per, lease=lease)
    assert await alive.used() == 2
    start = time.monotonic()
    with anyio.fail_after(3):
        await alive.release(await alive.acquire(), sent=True)
    waited = time.monotonic() - start
    assert lease + per - 0.15 <= waited <= lease + per + 1.2


async def test_cancelled_waiters_leave_the_log_consistent(
    redis: RedisServer, name: str, make: Make
) -> None:
    """Cancelled waiters leave no stray reservations in the log."""
    limiter = make(1, 0.3)
    held = await limiter.acquire()
    async with anyio.create_task_group() as group:
        for _ in range(20):
            group.start_soon(limiter.acquire)
        await anyio.sleep(0.1)
        group.cancel_scope.cancel()
    assert await limiter.used() == 1  # only the place actually held
    await limiter.release(held, sent=True)
    assert _in_flight(redis, name) == 0
    with anyio.fail_after(2):
        await limiter.release(await limiter.acquire(), sent=True)


async def test_a_cancelled_request_releases_its_place(
    redis: RedisServer, name: str, make: Make
) -> None:
    """A request cancelled in flight still releases its place."""
    fake = FakeITGlue(rate_limit=None)
    fake.add("organizations", {"name": "Acme"}, id=1)
    fake.faults.latency = 5.0
    limiter = make(10, 5.0)
    async with fake.client(limiter=limiter) as client:
        with anyio.move_on_after(0.3):
            async with anyio.create_task_group() as group:
                for _ in range(4):
                    group.start_soon(client.organizations.get, 1)
    assert _in_flight(redis, name) == 0
    assert await limiter.used() == 4  # sent, so they count for the window


async def test_a_client_shares_429_pauses_through_redis(make: Make) -> None:
    """A client's 429 pause reaches another client through Redis."""
    fake = FakeITGlue(rate_limit=None)
    fake.add("organizations", {"name": "Acme"}, id=1)
    fake.faults.rate_limit_next(1, retry_after=1.0)
    first, second = make(100, 5.0), make(100, 5.0)
    async with fake.client(limiter=first) as one, fake.client(limiter=second) as two:
        await one.organizations.get(1)  # 429, paused for 1 s, then retried
        assert one.stats.rate_limited == 1
        assert await second.paused_for() == 0.0  # the pause is over once the retry went out
        fake.faults.rate_limit_next(1, retry_after=1.0)
        async with anyio.create_task_group() as group:
            group.start_soon(one.organizations.get, 1)
            await anyio.sleep(0.2)  # the 429 is in and written to Redis
            start = time.monotonic()
            await two.organizations.get(1)
            assert time.monotonic() - start >= 0.6


async def test_redis_down_raises_and_sends_nothing(name: str) -> None:
    """With Redis unreachable, requests fail with LimiterUnavailableError and none is sent."""
    fake = FakeITGlue(rate_limit=None)
    fake.add("organizations", {"name": "Acme"}, id=1)
    with redis_server() as server:
        limiter = RedisLimiter(server.url, name=name, rate_limit=RateLimit(100, 5.0), timeout=1.0)
        async with fake.client(limiter=limiter, max_retries=0) as client:
            await client.organizations.get(1)
            server.stop()
            sent = len(fake.requests)
            with pytest.raises(LimiterUnavailableError) as caught:
                await client.organizations.get(1)
            assert isinstance(caught.value, APIConnectionError)
            assert server.url.split("/0")[0] in str(caught.value)
            assert "not sent" in str(caught.value)
            with pytest.raises(LimiterUnavailableError):
                await client.organizations.list().collect()
            assert len(fake.requests) == sent
            server.start()
            await limiter.reset()
            await client.organizations.get(1)  # back when Redis is
        await limiter.aclose()


async def test_redis_stopped_mid_run_stops_the_job(name: str) -> None:
    """Redis stopped mid-run stops the job with the documented error, nothing sent unlimited."""
    fake = FakeITGlue(rate_limit=None)
    for ident in range(1, 201):
        fake.add("organizations", {"name": f"Org {ident}"}, id=ident)
    fake.faults.latency = 0.01
    with redis_server() as server:
        limiter = RedisLimiter(server.url, name=name, rate_limit=RateLimit(1000, 5.0), timeout=1.0)
        async with fake.client(limiter=limiter, max_concurrency=4) as client:
            with pytest.raises(ExceptionGroup) as caught:
                async with anyio.create_task_group() as group:

                    async def stopper() -> None:
                        # The request log has no event to wait on: look at it.
                        while len(fake.requests) < 20:  # noqa: ASYNC110
                            await anyio.sleep(0.005)
                        server.stop()

                    group.start_soon(stopper)
                    for ident in range(1, 201):
                        group.start_soon(client.organizations.get, ident)
            failures = caught.value.exceptions
            assert failures and all(isinstance(e, LimiterUnavailableError) for e in failures)
            # Only requests granted before Redis went away reached the API.
            assert 20 <= len(fake.requests) <= 20 + 4
        await limiter.aclose()


async def test_secrets_stay_out_of_reprs_and_errors(name: str) -> None:
    """The Redis URL's password stays out of reprs and error messages."""
    url = "redis://worker:s3cr3t-pass@127.0.0.1:1/0"
    limiter = RedisLimiter(url, name=name, rate_limit=RateLimit(1, 1.0), timeout=0.5)
    assert "s3cr3t-pass" not in repr(limiter)
    assert "worker:***@127.0.0.1:1" in repr(limiter)
    with pytest.raises(LimiterUnavailableError) as caught:
        await limiter.acquire()
    assert "s3cr3t-pass" not in str(caught.value)
    await limiter.aclose()


async def test_bluetally_uses_it_too(make: Make) -> None:
    """The BlueTally client uses the shared limiter the same way."""
    fake = FakeBlueTally(rate_limit=None)
    limiter = make(3, 0.5)
    async with fake.client(limiter=limiter) as client:
        assets = await client.assets.list().collect()
    assert assets == []
    assert await limiter.used() >= 1


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"url": "http://127.0.0.1:6379"}, "redis://"),
        ({"name": ""}, "name"),
        ({"rate_limit": (3000, 300)}, "RateLimit"),
        ({"lease": 0}, "lease"),
        ({"max_wait": -1}, "max_wait"),
        ({"margin": -0.1}, "margin"),
    ],
)
def test_arguments_are_checked(kwargs: dict[str, object], words: str) -> None:
    """Bad constructor arguments are refused with a message naming them."""
    options: dict[str, object] = {
        "url": "redis://127.0.0.1:6379/0",
        "name": "n",
        "rate_limit": RateLimit(1, 1.0),
        **kwargs,
    }
    url = options.pop("url")
    with pytest.raises((ValueError, TypeError), match=words):
        RedisLimiter(url, **options)  # type: ignore[arg-type]


def test_importing_the_package_does_not_import_redis() -> None:
    """Importing itglue_async does not import redis."""
    code = (
        "import sys, itglue_async\n"
        "assert 'redis' not in sys.modules, 'redis imported'\n"
        "sys.modules['redis'] = None\n"
        "try:\n"
        "    itglue_async.RedisLimiter\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'itglue-async[redis]'" in out.stdout


def test_slot_protocol_is_kept(redis: RedisServer, name: str) -> None:
    """RedisLimiter implements the Limiter protocol."""
    limiter = RedisLimiter(redis.url, name=name, rate_limit=RateLimit(1, 1.0))

    async def main() -> None:
        slot = await limiter.acquire()
        assert isinstance(slot, Slot)
        await limiter.release(slot, sent=True)
        await limiter.release(slot, sent=True)  # a second release changes nothing
        assert await limiter.used() == 1
        await limiter.aclose()

    anyio.run(main)


async def test_no_worker_starves(make: Make) -> None:
    """Three workers with five tasks each, contending for 5 places per 0.3 s, share the grants."""
    workers = [make(5, 0.3), make(5, 0.3), make(5, 0.3)]
    got = [0, 0, 0]
    total = 60

    async def task(index: int) -> None:
        limiter = workers[index]
        while sum(got) < total:
            slot = await limiter.acquire()
            if sum(got) >= total:
                await limiter.release(slot, sent=False)
                return
            got[index] += 1
            await limiter.release(slot, sent=True)

    with anyio.fail_after(20):
        async with anyio.create_task_group() as group:
            for index in range(3):
                for _ in range(5):
                    group.start_soon(task, index)
    assert sum(got) == total
    assert min(got) >= total // 6, got  # an even share is 20 each
