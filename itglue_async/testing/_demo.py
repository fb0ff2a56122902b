"""``python -m itglue_async demo``: a realistic job against the bundled fake, with a summary.

The fake runs on loopback HTTP with a few thousand seeded records and IT Glue's rate limit
scaled 100x in time (300 requests per 3 seconds instead of 3000 per 300), so a job that would
take minutes against the real service finishes in seconds while hitting the same ceiling. It
also answers a few requests with 5xx and a short run of 429s, as a busy service does.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any, TextIO, TypeVar

import anyio
import attrs

from itglue_async._generated.itglue import ITGlue
from itglue_async._limiter import RateLimit
from itglue_async.testing import FakeITGlue, Faults

T = TypeVar("T")

DEMO_LIMIT = RateLimit(300, 3.0)
INJECTED_429S = 2  # a short run of 429s the fake answers mid-job, as a busy service does


@attrs.define
class Sizes:
    """How much data the demo seeds and touches."""

    organizations: int = 25
    configurations: int = 2500
    audited: int = 600
    created: int = 200


class Progress:
    """One line per step, redrawn in place on a terminal."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.live = out.isatty()

    def update(self, label: str, done: int, total: int) -> None:
        if self.live:
            self.out.write(f"\r  {label}: {done}/{total}")
            self.out.flush()

    def finish(self, label: str, detail: str, seconds: float) -> None:
        if self.live:
            self.out.write("\r\033[K")
        self.out.write(f"  {label}: {detail} ({seconds:.1f}s)\n")
        self.out.flush()


async def _step(
    progress: Progress, label: str, work: Callable[[], Awaitable[T]], describe: Callable[[T], str]
) -> T:
    started = time.perf_counter()
    result = await work()
    progress.finish(label, describe(result), time.perf_counter() - started)
    return result


async def run(sizes: Sizes, out: TextIO) -> list[str]:
    """Run the job; returns the problems found (empty when everything went right)."""
    problems: list[str] = []
    progress = Progress(out)
    key = secrets.token_urlsafe(24)
    fake = FakeITGlue(
        api_key=key,
        rate_limit=DEMO_LIMIT,
        faults=Faults(
            error_rate=0.02,
            latency=0.004,
            jitter=0.006,
            methods=frozenset({"GET", "PATCH", "DELETE"}),
            seed=7,
        ),
    )
    seeded = fake.populate(
        organizations=sizes.organizations,
        configurations=sizes.configurations,
        contacts=300,
        passwords=300,
        flexible_assets=90,
        logs=1500,
        seed=2026,
    )
    out.write(
        f"Fake IT Glue with {sum(seeded.values())} records, rate limit "
        f"{DEMO_LIMIT.requests} requests per {DEMO_LIMIT.per:g}s (IT Glue's, 100x faster).\n"
    )
    original = fake.ids("configurations")
    started = time.perf_counter()
    processed = 0
    async with fake.serve() as base_url:
        out.write(f"Serving on {base_url}\n")
        async with ITGlue(
            key, base_url=base_url, rate_limit=DEMO_LIMIT, max_concurrency=8
        ) as client:
            orgs = await _step(
                progress,
                "List organizations",
                lambda: client.organizations.list().collect(),
                lambda items: f"{len(items)} organizations",
            )
            processed += len(orgs)

            async def page_all() -> list[Any]:
                items: list[Any] = []
                async for page in client.configurations.list(page_size=100).pages():
                    items.extend(page.items)
                    total = page.meta.total_count or len(items)
                    progress.update("Page through configurations", len(items), total)
                return items

            configs = await _step(
                progress,
                "Page through configurations",
                page_all,
                lambda items: f"{len(items)} configurations, concurrently, in order",
            )
            processed += len(configs)
            if [c.id for c in configs] != original:
                problems.append("the listing of configurations lost, repeated or reordered records")

            # A busy service sheds load now and then; the client pauses and carries on.
            fake.faults.rate_limit_next(INJECTED_429S, retry_after=1.0)
            audited_ids = [c.id for c in configs[: sizes.audited]]

            async def audit() -> int:
                done = 0

                async def one(ident: int) -> None:
                    nonlocal done
                    await client.configurations.get(ident, include=["configuration_interfaces"])
                    done += 1
                    progress.update("Audit configurations one by one", done, len(audited_ids))

                async with anyio.create_task_group() as group:
                    for ident in audited_ids:
                        group.start_soon(one, ident)
                return done

            audited = await _step(
                progress,
                "Audit configurations one by one",
                audit,
                lambda n: f"{n} GETs with their interfaces",
            )
            processed += audited

            per_org = max(1, sizes.created // 4)
            targets = [o.id for o in orgs[:4]]

            async def create() -> list[Any]:
                made: list[Any] = []
                for org_id in targets:
                    result = await client.configurations.create(
                        [
                            {"name": f"demo-{org_id}-{n}", "configuration_type_id": 1}
                            for n in range(per_org)
                        ],
                        organization_id=org_id,
                    )
                    if not result.ok:
                        problems.append(f"{len(result.failed)} creates failed")
                    made.extend(result.succeeded)
                return made

            created = await _step(
                progress,
                "Create configurations",
                create,
                lambda items: f"{len(items)} created in {len(targets)} array requests",
            )
            processed += len(created)
            new_ids = [m.id for m in created]
            updated = await _step(
                progress,
                "Bulk update them",
                lambda: client.configurations.bulk_update(
                    [{"id": i, "archived": True, "notes": "Retired by the demo"} for i in new_ids],
                    chunk_size=25,
                ),
                lambda r: (
                    f"{len(r.succeeded)} updated, {len(r.failed)} failed, {r.requests} requests"
                ),
            )
            processed += len(updated.succeeded)
            if not updated.ok:
                problems.append(f"{len(updated.failed)} bulk updates failed")
            if any(
                (fake.get("configurations", i) or {}).get("notes") != "Retired by the demo"
                for i in new_ids
            ):
                problems.append("some bulk updates did not reach the server")
            destroyed = await _step(
                progress,
                "Bulk destroy them",
                lambda: client.configurations.bulk_destroy(new_ids, chunk_size=25),
                lambda r: (
                    f"{len(r.succeeded)} destroyed, {len(r.failed)} failed, {r.requests} requests"
                ),
            )
            processed += len(destroyed.succeeded)
            if not destroyed.ok:
                problems.append(f"{len(destroyed.failed)} bulk destroys failed")
            if fake.ids("configurations") != original:
                problems.append("the configurations left differ from the ones seeded")
            stats = client.stats
    wall = time.perf_counter() - started
    window_429s = sum(1 for r in fake.requests if r.outcome == "rate_limited") - INJECTED_429S
    busiest = fake.max_in_window()
    out.write(
        "\nSummary\n"
        f"  requests sent        {stats.requests}\n"
        f"  429s seen            {stats.rate_limited} ({INJECTED_429S} injected, {max(0, window_429s)} from the window)\n"
        f"  retries              {stats.retries}\n"
        f"  busiest {DEMO_LIMIT.per:g}s window    {busiest} of {DEMO_LIMIT.requests} allowed\n"
        f"  most in flight       {fake.max_in_flight}\n"
        f"  wall time            {wall:.1f}s\n"
        f"  records per second   {processed / wall:.0f}\n"
    )
    if window_429s > 0:
        problems.append(f"the client earned {window_429s} 429s from the rate-limit window")
    if busiest > DEMO_LIMIT.requests:
        problems.append(f"the server saw {busiest} requests in one window")
    return problems


def main(argv: list[str], out: TextIO = sys.stdout) -> int:
    """Run the demo; exit status 0 when the job completed and checked out, 1 otherwise."""
    sizes = Sizes()
    if argv and argv[0] in ("-h", "--help"):
        out.write("usage: python -m itglue_async demo\n\n" + (__doc__ or ""))
        return 0
    if argv:
        sys.stderr.write(f"demo takes no arguments, got {' '.join(argv)}\n")
        return 2
    # The client's own warnings (a 429 pause, say) appear between the steps they belong to.
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("  note: %(message)s"))
    log = logging.getLogger("itglue_async")
    log.addHandler(handler)
    try:
        problems = asyncio.run(run(sizes, out))
    except Exception as exc:  # the demo reports any failure as its exit status
        sys.stderr.write(f"The demo failed: {type(exc).__name__}: {exc}\n")
        return 1
    finally:
        log.removeHandler(handler)
    if problems:
        for problem in problems:
            sys.stderr.write(f"problem: {problem}\n")
        return 1
    out.write("Everything checked out.\n")
    return 0
