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


def _fake(sizes: Sizes, key: str) -> FakeITGlue:
    """The seeded fake, with IT Glue's limit scaled 100x and a few faults."""
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
    fake.populate(
        organizations=sizes.organizations,
        configurations=sizes.configurations,
        contacts=300,
        passwords=300,
        flexible_assets=90,
        logs=1500,
        seed=2026,
    )
    return fake


@attrs.define
class _Job:
    """The demo's steps against one fake and one client; each adds what it processed."""

    fake: FakeITGlue
    client: ITGlue
    sizes: Sizes
    progress: Progress
    original: list[int]
    problems: list[str] = attrs.field(factory=list)
    processed: int = 0

    async def list_organizations(self) -> list[Any]:
        orgs = await _step(
            self.progress,
            "List organizations",
            lambda: self.client.organizations.list().collect(),
            lambda items: f"{len(items)} organizations",
        )
        self.processed += len(orgs)
        return orgs

    async def page_configurations(self) -> list[Any]:
        async def page_all() -> list[Any]:
            items: list[Any] = []
            async for page in self.client.configurations.list(page_size=100).pages():
                items.extend(page.items)
                total = page.meta.total_count or len(items)
                self.progress.update("Page through configurations", len(items), total)
            return items

        configs = await _step(
            self.progress,
            "Page through configurations",
            page_all,
            lambda items: f"{len(items)} configurations, concurrently, in order",
        )
        self.processed += len(configs)
        if [c.id for c in configs] != self.original:
            self.problems.append(
                "the listing of configurations lost, repeated or reordered records"
            )
        return configs

    async def audit(self, configs: list[Any]) -> None:
        # A busy service sheds load now and then; the client pauses and carries on.
        self.fake.faults.rate_limit_next(INJECTED_429S, retry_after=1.0)
        ids = [c.id for c in configs[: self.sizes.audited]]

        async def audit_all() -> int:
            done = 0

            async def one(ident: int) -> None:
                nonlocal done
                await self.client.configurations.get(ident, include=["configuration_interfaces"])
                done += 1
                self.progress.update("Audit configurations one by one", done, len(ids))

            async with anyio.create_task_group() as group:
                for ident in ids:
                    group.start_soon(one, ident)
            return done

        self.processed += await _step(
            self.progress,
            "Audit configurations one by one",
            audit_all,
            lambda n: f"{n} GETs with their interfaces",
        )

    async def create(self, orgs: list[Any]) -> list[int]:
        per_org = max(1, self.sizes.created // 4)
        targets = [o.id for o in orgs[:4]]

        async def create_all() -> list[Any]:
            made: list[Any] = []
            for org_id in targets:
                result = await self.client.configurations.create(
                    [
                        {"name": f"demo-{org_id}-{n}", "configuration_type_id": 1}
                        for n in range(per_org)
                    ],
                    organization_id=org_id,
                )
                if not result.ok:
                    self.problems.append(f"{len(result.failed)} creates failed")
                made.extend(result.succeeded)
            return made

        created = await _step(
            self.progress,
            "Create configurations",
            create_all,
            lambda items: f"{len(items)} created in {len(targets)} array requests",
        )
        self.processed += len(created)
        return [m.id for m in created]

    async def bulk_update(self, new_ids: list[int]) -> None:
        updated = await _step(
            self.progress,
            "Bulk update them",
            lambda: self.client.configurations.bulk_update(
                [{"id": i, "archived": True, "notes": "Retired by the demo"} for i in new_ids],
                chunk_size=25,
            ),
            lambda r: f"{len(r.succeeded)} updated, {len(r.failed)} failed, {r.requests} requests",
        )
        self.processed += len(updated.succeeded)
        if not updated.ok:
            self.problems.append(f"{len(updated.failed)} bulk updates failed")
        if any(
            (self.fake.get("configurations", i) or {}).get("notes") != "Retired by the demo"
            for i in new_ids
        ):
            self.problems.append("some bulk updates did not reach the server")

    async def bulk_destroy(self, new_ids: list[int]) -> None:
        destroyed = await _step(
            self.progress,
            "Bulk destroy them",
            lambda: self.client.configurations.bulk_destroy(new_ids, chunk_size=25),
            lambda r: (
                f"{len(r.succeeded)} destroyed, {len(r.failed)} failed, {r.requests} requests"
            ),
        )
        self.processed += len(destroyed.succeeded)
        if not destroyed.ok:
            self.problems.append(f"{len(destroyed.failed)} bulk destroys failed")
        if self.fake.ids("configurations") != self.original:
            self.problems.append("the configurations left differ from the ones seeded")


async def run(sizes: Sizes, out: TextIO) -> list[str]:
    """Run the job; returns the problems found (empty when everything went right)."""
    key = secrets.token_urlsafe(24)
    fake = _fake(sizes, key)
    out.write(
        f"Fake IT Glue with {sum(fake.count(r) for r in fake.store.tables)} records, rate "
        f"limit {DEMO_LIMIT.requests} requests per {DEMO_LIMIT.per:g}s (IT Glue's, 100x "
        "faster).\n"
    )
    started = time.perf_counter()
    async with fake.serve() as base_url:
        out.write(f"Serving on {base_url}\n")
        async with ITGlue(
            key, base_url=base_url, rate_limit=DEMO_LIMIT, max_concurrency=8
        ) as client:
            job = _Job(fake, client, sizes, Progress(out), fake.ids("configurations"))
            orgs = await job.list_organizations()
            await job.audit(await job.page_configurations())
            new_ids = await job.create(orgs)
            await job.bulk_update(new_ids)
            await job.bulk_destroy(new_ids)
    _summary(job, time.perf_counter() - started, out)
    return job.problems


def _summary(job: _Job, wall: float, out: TextIO) -> None:
    """The figures of the run, and the problems they show."""
    fake, stats = job.fake, job.client.stats
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
        f"  records per second   {job.processed / wall:.0f}\n"
    )
    if window_429s > 0:
        job.problems.append(f"the client earned {window_429s} 429s from the rate-limit window")
    if busiest > DEMO_LIMIT.requests:
        job.problems.append(f"the server saw {busiest} requests in one window")


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
