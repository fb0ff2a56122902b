"""Worker processes sharing one RedisLimiter against one fake API that counts arrivals."""

from __future__ import annotations

import json
import math
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import anyio.abc
import pytest

from itglue_async import RateLimit, RedisLimiter
from itglue_async.testing import FakeITGlue, RedisServer

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[2]


async def _start(job: dict[str, Any]) -> anyio.abc.Process:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return await anyio.open_process(
        [sys.executable, "-m", "tests.redis.worker", json.dumps(job)], env=env, cwd=ROOT
    )


async def _finish(process: anyio.abc.Process) -> dict[str, Any]:
    assert process.stdout is not None and process.stderr is not None
    out = b""
    async for chunk in process.stdout:
        out += chunk
    err = b""
    async for chunk in process.stderr:
        err += chunk
    code = await process.wait()
    assert code == 0, err.decode(errors="replace")[-2000:]
    result: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
    return result


def _fake(records: int = 10) -> FakeITGlue:
    fake = FakeITGlue(rate_limit=None)
    for ident in range(1, records + 1):
        fake.add("organizations", {"name": f"Org {ident}"}, id=ident)
    return fake


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # the test only serves the fake
@pytest.mark.parametrize(
    ("worker_backend", "n", "per", "each"),
    [("asyncio", 150, 3.0, 300), ("trio", 20, 1.0, 40)],
)
async def test_three_processes_share_the_window(
    redis: RedisServer, name: str, worker_backend: str, n: int, per: float, each: int
) -> None:
    """3 processes against a fake allowing n per window: none over, none refused, near optimal."""
    fake = FakeITGlue(rate_limit=RateLimit(n, per))  # the fake answers 429 over the limit
    for ident in range(1, 11):
        fake.add("organizations", {"name": f"Org {ident}"}, id=ident)
    async with fake.serve() as base_url:
        job = {
            "mode": "requests",
            "base_url": base_url,
            "redis_url": redis.url,
            "name": name,
            "n": n,
            "per": per,
            "count": each,
            "records": 10,
            "concurrency": 10,
            "backend": worker_backend,
            "start_at": time.time() + 4.0,
        }
        workers = [await _start(job) for _ in range(3)]
        results = [await _finish(w) for w in workers]
    arrivals = sorted(r.started for r in fake.requests)
    assert sum(r["requests"] for r in results) == 3 * each
    assert sum(r["rate_limited"] for r in results) == 0
    assert all(r.outcome == "ok" for r in fake.requests)
    assert fake.max_in_window(per) <= n
    # A full window every `per` seconds from the first arrival: the last batch starts at
    # (batches - 1) * per. The bound is generous: the benchmark measures the ratio.
    optimum = (math.ceil(3 * each / n) - 1) * per
    busy = arrivals[-1] - arrivals[0]
    assert busy <= 1.25 * optimum + 0.5, f"{busy:.2f}s for an optimum of {optimum:.2f}s"


async def test_a_killed_workers_places_return_after_the_lease(
    redis: RedisServer, name: str
) -> None:
    """A SIGKILLed worker's reservations come back once their lease expires."""
    lease, per, n = 1.0, 0.5, 4
    job = {
        "mode": "hold",
        "redis_url": redis.url,
        "name": name,
        "n": n,
        "per": per,
        "count": n,
        "lease": lease,
    }
    worker = await _start(job)
    assert worker.stdout is not None
    with anyio.fail_after(30):
        line = await worker.stdout.receive()
    assert line.startswith(b"held")
    worker.send_signal(signal.SIGKILL)
    await worker.wait()
    limiter = RedisLimiter(redis.url, name=name, rate_limit=RateLimit(n, per), lease=lease)
    try:
        assert await limiter.used() == n
        start = time.monotonic()
        with anyio.fail_after(lease + per + 3):
            for _ in range(n):
                await limiter.release(await limiter.acquire(), sent=True)
        assert time.monotonic() - start <= lease + per + 1.5
    finally:
        await limiter.aclose()


async def test_a_429_in_one_process_pauses_the_others(redis: RedisServer, name: str) -> None:
    """A 429 seen by one process pauses the other processes sharing the limiter."""
    fake = _fake()
    fake.faults.rate_limit_next(1, retry_after=2.0)
    async with fake.serve() as base_url:
        job = {
            "mode": "requests",
            "base_url": base_url,
            "redis_url": redis.url,
            "name": name,
            "n": 1000,
            "per": 10.0,
            "count": 3,
            "records": 10,
            "concurrency": 1,
        }
        first = await _start(job)
        with anyio.fail_after(30):
            # The request log has no event to wait on: look at it until the 429 is in.
            while not any(r.status == 429 for r in fake.requests):  # noqa: ASYNC110
                await anyio.sleep(0.01)
        limited = next(r for r in fake.requests if r.status == 429)
        assert limited.finished is not None
        others = [await _start(job) for _ in range(2)]
        results = [await _finish(w) for w in [first, *others]]
    assert results[0]["rate_limited"] == 1
    later = [r for r in fake.requests if r is not limited]
    assert len(later) == 3 * 3
    # Nobody sent anything while the pause lasted (the fake's clock is this process's).
    assert min(r.started for r in later) >= limited.finished + 2.0 - 0.1
