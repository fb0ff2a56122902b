"""The benchmark scenarios: each returns rows of (measure, figure, note) measured in one run.

Every figure is a ratio against something measured (or computed) in the same run, never an
absolute time to compare across machines: this is a shared, noisy 2-core box.
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx
from aiolimiter import AsyncLimiter

from itglue_async import ITGlue, RateLimit, models
from itglue_async.testing import FakeITGlue
from tests.bench.remote import KEY, FakeSetup, Report, remote_fake


@attrs.frozen
class Row:
    """One line of the results table."""

    scenario: str
    measure: str
    figure: str
    note: str = ""


@attrs.define
class Scale:
    """Sizes of the scenarios (the defaults are the ones the README reports)."""

    window_requests: int = 300
    window_seconds: float = 3.0
    decode_records: int = 1000
    pages: int = 50
    page_latency: float = 0.05
    stream_records: int = 100_000
    bulk_records: int = 10_000
    bulk_chunk: int = 25


def _decode(payload: Any) -> list[Any]:
    """A configurations page decoded as the client decodes it."""
    api = ITGlue._api
    return api.dialect.decode(payload, models.Configuration, api.models, many=True).items


async def _timed(work: Callable[[], Awaitable[Any]]) -> float:
    started = time.perf_counter()
    await work()
    return time.perf_counter() - started


# -- 1. rate-limit efficiency -----------------------------------------------------------


async def _gated_job(base_url: str, total: int, gate: AsyncLimiter) -> int:
    """A plain httpx job gated by an aiolimiter bucket; 429s waited out and retried."""
    seen_429 = 0
    slots = asyncio.Semaphore(10)
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
    async with httpx.AsyncClient(
        base_url=base_url, headers={"x-api-key": KEY}, limits=limits, timeout=60
    ) as http:

        async def one() -> None:
            nonlocal seen_429
            while True:
                async with slots, gate:
                    response = await http.get("/organizations/1")
                if response.status_code != 429:
                    response.raise_for_status()
                    return
                seen_429 += 1
                await asyncio.sleep(float(response.headers.get("retry-after", "1")))

        await asyncio.gather(*(one() for _ in range(total)))
    return seen_429


async def _ours_job(setup: FakeSetup, total: int, limit: RateLimit | None) -> tuple[float, Report]:
    async with (
        remote_fake(setup) as remote,
        ITGlue(KEY, base_url=remote.base_url, rate_limit=limit, max_concurrency=10) as client,
    ):
        wall = await _timed(
            lambda: asyncio.gather(*(client.organizations.get(1) for _ in range(total)))
        )
    assert remote.report is not None
    return wall, remote.report


async def rate_limit_efficiency(scale: Scale) -> list[Row]:
    n, per = scale.window_requests, scale.window_seconds
    total = 3 * n
    limit = RateLimit(n, per)
    limited = FakeSetup(rate_limit=(n, per), latency=0.002)
    # The best any client can do: n requests at once, n more a window later, the last n two
    # windows later, each batch taking as long as n requests take without a limit.
    burst, _ = await _ours_job(FakeSetup(latency=0.002), n, None)
    optimum = 2 * per + burst
    label = f"1. {total} requests, fake allows {n} per {per:g}s"
    rows = []

    async def gated(capacity: int) -> tuple[float, int, int]:
        async with remote_fake(limited) as remote:
            started = time.perf_counter()
            seen = await _gated_job(remote.base_url, total, AsyncLimiter(capacity, per))
            wall = time.perf_counter() - started
        assert remote.report is not None
        return wall, seen, remote.report.max_in_window

    wall, report = await _ours_job(limited, total, limit)
    rows.append(
        Row(
            label,
            "itglue_async sliding window",
            f"{wall / optimum:.2f}x optimum",
            f"{report.rate_limited} 429s, busiest window {report.max_in_window}",
        )
    )
    for capacity in (n, n // 2):
        wall, seen_429, busiest = await gated(capacity)
        rows.append(
            Row(
                label,
                f"aiolimiter AsyncLimiter({capacity}, {per:g})",
                f"{wall / optimum:.2f}x optimum",
                f"{seen_429} 429s, busiest window {busiest}",
            )
        )
    rows.append(
        Row(
            label,
            "window optimum",
            "1.00x",
            f"2 windows ({2 * per:g}s) + {burst:.2f}s to send {n} unlimited",
        )
    )
    return rows


# -- 2. decode -------------------------------------------------------------------------


async def _page_bytes(records: int) -> bytes:
    """The body of one configurations page of ``records`` records, as the fake answers it."""
    fake = FakeITGlue(rate_limit=None)
    fake.populate(organizations=10, configurations=records, seed=1)
    async with httpx.AsyncClient(
        transport=fake.transport, base_url=fake.base_url, headers={"x-api-key": KEY}
    ) as http:
        response = await http.get("/configurations", params={"page[size]": str(records)})
        response.raise_for_status()
        return response.content


async def decode(scale: Scale) -> list[Row]:
    payload = await _page_bytes(scale.decode_records)

    def ours() -> None:
        _decode(json.loads(payload))

    def plain() -> None:
        json.loads(payload)

    def best(fn: Callable[[], None], repeat: int = 7) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        return min(times)

    ours_s, plain_s = best(ours), best(plain)
    per_record = ours_s / scale.decode_records * 1e6
    return [
        Row(
            f"2. decode a {scale.decode_records}-record configurations page "
            f"({len(payload) // 1024} KiB)",
            "bytes -> models vs json.loads alone",
            f"{ours_s / plain_s:.1f}x",
            f"{per_record:.0f} µs per record",
        )
    ]


# -- 3. pagination -----------------------------------------------------------------------


async def pagination(scale: Scale) -> list[Row]:
    per_page = 100
    concurrency = 10
    setup = FakeSetup(latency=scale.page_latency, configurations=scale.pages * per_page)
    async with (
        remote_fake(setup) as remote,
        ITGlue(
            KEY, base_url=remote.base_url, rate_limit=None, max_concurrency=concurrency
        ) as client,
    ):
        got: list[Any] = []
        got_sequential: list[Any] = []

        async def concurrent() -> None:
            got.extend(await client.configurations.list(page_size=per_page).collect())

        async def sequential() -> None:
            number = 1
            while True:
                raw = await client.request(
                    "GET",
                    "/configurations",
                    params={"page[number]": number, "page[size]": per_page},
                )
                got_sequential.extend(_decode(raw))
                if not raw["meta"]["next-page"]:
                    return
                number += 1

        ours = await _timed(concurrent)
        plain = await _timed(sequential)
    assert [m.id for m in got] == [m.id for m in got_sequential]
    rounds = 1 + -(-(scale.pages - 1) // concurrency)
    bound = rounds * scale.page_latency
    label = f"3. {scale.pages} pages at {scale.page_latency * 1000:g} ms latency"
    return [
        Row(
            label,
            "concurrent vs sequential",
            f"{plain / ours:.1f}x faster",
            f"max_concurrency={concurrency}",
        ),
        Row(
            label,
            "concurrent vs latency bound",
            f"{ours / bound:.2f}x bound",
            f"bound: page 1, then {rounds - 1} rounds of {concurrency}",
        ),
    ]


# -- 4. streaming memory ------------------------------------------------------------------


async def streaming_memory(scale: Scale) -> list[Row]:
    setup = FakeSetup(configurations=scale.stream_records)
    async with (
        remote_fake(setup) as remote,
        ITGlue(KEY, base_url=remote.base_url, rate_limit=None, max_concurrency=4) as client,
    ):
        gc.collect()
        tracemalloc.start()
        first = await client.configurations.list(page_size=1000)
        one_page = tracemalloc.get_traced_memory()[1]
        del first
        gc.collect()
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        count = 0
        async for _ in client.configurations.list(page_size=1000):
            count += 1
        peak = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.stop()
    assert count == scale.stream_records
    return [
        Row(
            f"4. iterate {scale.stream_records} records (1000 per page)",
            "peak memory growth vs one page",
            f"{peak / one_page:.1f}x one page",
            f"one page ~{one_page / 2**20:.1f} MiB (bytes and models); max_concurrency=4",
        )
    ]


# -- 5. bulk update -----------------------------------------------------------------------


async def _bulk_job(
    setup: FakeSetup, limit: RateLimit | None, chunk: int
) -> tuple[float, Any, int, Report]:
    async with (
        remote_fake(setup) as remote,
        ITGlue(KEY, base_url=remote.base_url, rate_limit=limit, max_concurrency=10) as client,
    ):
        ids = range(1, setup.configurations + 1)
        started = time.perf_counter()
        result = await client.configurations.bulk_update(
            [{"id": i, "archived": True} for i in ids], chunk_size=chunk
        )
        wall = time.perf_counter() - started
    assert remote.report is not None
    return wall, result, client.stats.rate_limited, remote.report


async def bulk_update(scale: Scale) -> list[Row]:
    n, per = scale.window_requests, scale.window_seconds
    records, chunk = scale.bulk_records, scale.bulk_chunk
    requests = -(-records // chunk)
    full_windows = -(-requests // n) - 1
    last_batch = requests - full_windows * n
    # Unlimited, the same job shows what sending one batch costs on this machine.
    unlimited, _, _, _ = await _bulk_job(
        FakeSetup(latency=0.005, configurations=last_batch * chunk), None, chunk
    )
    optimum = full_windows * per + unlimited
    wall, result, seen_429, report = await _bulk_job(
        FakeSetup(rate_limit=(n, per), latency=0.005, configurations=records),
        RateLimit(n, per),
        chunk,
    )
    label = f"5. bulk update {records} records, chunks of {chunk}, {n} per {per:g}s"
    return [
        Row(
            label,
            "wall time vs window optimum",
            f"{wall / optimum:.2f}x optimum",
            f"{result.requests} requests, {seen_429} 429s; optimum {full_windows} window(s) "
            f"+ {unlimited:.2f}s for the last {last_batch}",
        ),
        Row(
            label,
            "failures",
            str(len(result.failed)),
            f"{report.archived} of {records} records updated on the fake",
        ),
    ]
