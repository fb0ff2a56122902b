"""One worker process of a fleet sharing a RedisLimiter: ``python -m tests.redis.worker JSON``.

``mode`` ``requests`` sends ``count`` GETs to the fake at ``base_url`` (from the wall-clock
moment ``start_at``, when given) and prints a JSON summary; ``limiter`` ``local`` gives it an
in-process limiter instead, for comparison. ``hold`` takes ``count`` places, prints ``held``
and sleeps until it is killed.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import anyio

from itglue_async import ITGlue, Limiter, RateLimit, RedisLimiter, SlidingWindowLimiter


async def main(job: dict[str, Any]) -> dict[str, Any]:
    rate = RateLimit(job["n"], job["per"])
    limiter: Limiter
    if job.get("limiter", "redis") == "redis":
        limiter = RedisLimiter(
            job["redis_url"], name=job["name"], rate_limit=rate, lease=job.get("lease", 120.0)
        )
    else:  # each process on its own, as without a shared limiter
        limiter = SlidingWindowLimiter(rate)
    if job["mode"] == "hold":
        assert isinstance(limiter, RedisLimiter)
        for _ in range(job["count"]):
            await limiter.acquire()
        print("held", flush=True)
        await anyio.sleep(3600)
    # A fleet starts together: every worker waits for the same moment once it is ready.
    await anyio.sleep(max(0.0, job.get("start_at", 0.0) - time.time()))
    started = time.time()
    async with ITGlue(
        api_key=job.get("api_key", "k"),
        base_url=job["base_url"],
        limiter=limiter,
        max_concurrency=job["concurrency"],
    ) as client:

        async def one(index: int) -> None:
            await client.organizations.get(1 + index % job["records"])

        async with anyio.create_task_group() as group:
            for index in range(job["count"]):
                group.start_soon(one, index)
        stats = client.stats
    if isinstance(limiter, RedisLimiter):
        await limiter.aclose()
    return {
        "requests": stats.requests,
        "rate_limited": stats.rate_limited,
        "seconds": time.time() - started,
        "finished": time.time(),
    }


if __name__ == "__main__":
    job = json.loads(sys.argv[1])
    result = anyio.run(main, job, backend=job.get("backend", "asyncio"))
    print(json.dumps(result), flush=True)
