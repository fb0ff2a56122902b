"""Whole jobs through the public client against FakeITGlue, in-process and over loopback HTTP."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import pytest

from itglue_async import APIConnectionError, ITGlue, NotFoundError, RateLimit, RetryPolicy
from itglue_async.testing import FakeITGlue, Faults
from tests.conftest import KEY

pytestmark = pytest.mark.anyio

Connect = Callable[..., contextlib.AbstractAsyncContextManager[ITGlue]]


def quick_retries(max_retries: int = 8) -> RetryPolicy:
    return RetryPolicy(max_retries=max_retries, base=0.001, cap=0.005)


def logs_only(count: int, *, seed: int) -> FakeITGlue:
    """A fake holding a busy activity log (timestamps repeat) and little else."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    fake.populate(
        organizations=3,
        configurations=0,
        contacts=0,
        passwords=0,
        flexible_assets=0,
        logs=count,
        seed=seed,
    )
    return fake


@pytest.fixture(params=["transport", "http"])
def connect(request: pytest.FixtureRequest) -> Connect:
    """Opens an ITGlue client on a fake, in-process or through a loopback server."""

    @contextlib.asynccontextmanager
    async def open_client(fake: FakeITGlue, **options: Any) -> AsyncIterator[ITGlue]:
        options.setdefault("rate_limit", None)
        options.setdefault("retry", quick_retries())
        if request.param == "transport":
            async with ITGlue(
                KEY, base_url=fake.base_url, transport=fake.transport, **options
            ) as client:
                yield client
        else:
            async with (
                fake.serve() as base_url,
                ITGlue(KEY, base_url=base_url, **options) as client,
            ):
                yield client

    return open_client


async def test_paging_survives_5xx_and_dropped_connections(connect: Connect) -> None:
    """Every record arrives once and in order although pages fail and connections drop."""
    fake = FakeITGlue(
        api_key=KEY, rate_limit=None, faults=Faults(error_rate=0.15, drop_rate=0.1, seed=11)
    )
    fake.populate(organizations=6, configurations=1200, seed=2)
    async with connect(fake) as client:
        got = [c.id async for c in client.configurations.list(page_size=50)]
    assert got == fake.ids("configurations")
    outcomes = [r.outcome for r in fake.requests]
    assert outcomes.count("fault") >= 2 and outcomes.count("dropped") >= 1
    assert client.stats.retries == outcomes.count("fault") + outcomes.count("dropped")


async def test_pages_overlap_on_the_server(connect: Connect) -> None:
    """After page 1, page requests are in flight together, bounded by max_concurrency."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None, faults=Faults(latency=0.05))
    fake.populate(organizations=2, configurations=400, seed=1)
    async with connect(fake, max_concurrency=4) as client:
        items = await client.configurations.list(page_size=20).collect()
    assert len(items) == 400
    assert 3 <= fake.max_in_flight <= 4
    first_page = fake.requests[0]
    assert first_page.params["page[number]"] == "1"
    assert all(r.started >= first_page.finished for r in fake.requests[1:])  # type: ignore[operator]


async def test_logs_past_the_five_page_cap_with_shared_timestamps(connect: Connect) -> None:
    """/logs reads past page 5 by created_at windows; boundary ties are neither lost nor doubled."""
    fake = logs_only(900, seed=5)
    async with connect(fake) as client:
        logs = await client.logs.list(page_size=40).collect()
    assert sorted(log.id for log in logs) == fake.ids("logs")
    assert len(logs) == len({log.id for log in logs})
    stamps = [log.created_at for log in logs]
    assert stamps == sorted(stamps)  # type: ignore[type-var]
    numbers = [int(r.params["page[number]"]) for r in fake.requests]
    assert max(numbers) == 5 and all(r.status == 200 for r in fake.requests)
    windows = [r.params.get("filter[created_at]") for r in fake.requests]
    assert windows[0] is None  # the first window is the whole log
    assert len(set(windows)) > 2


async def test_logs_newest_first_past_the_cap(connect: Connect) -> None:
    """sort='-created_at' reads past page 5 by moving each window's end back."""
    fake = logs_only(700, seed=8)
    async with connect(fake) as client:
        logs = await client.logs.list(sort="-created_at", page_size=25).collect()
    assert sorted(log.id for log in logs) == fake.ids("logs")
    stamps = [log.created_at for log in logs]
    assert stamps == sorted(stamps, reverse=True)  # type: ignore[type-var]
    assert all(r.params["sort"] == "-created_at" for r in fake.requests)
    assert all(int(r.params["page[number]"]) <= 5 for r in fake.requests)


async def test_bulk_patch_retried_after_a_drop_updates_each_item_once(connect: Connect) -> None:
    """A bulk PATCH chunk whose answer was lost is resent; each record ends with the values."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    fake.populate(organizations=2, configurations=60, seed=4)
    ids = fake.ids("configurations")
    fake.faults.drop_next(1, applied=True)
    async with connect(fake) as client:
        result = await client.configurations.bulk_update(
            [{"id": i, "notes": f"patched {i}"} for i in ids], chunk_size=25
        )
    assert result.ok and sorted(m.id for m in result.succeeded) == ids
    assert all(
        fake.get("configurations", i)["notes"] == f"patched {i}"  # type: ignore[index]
        for i in ids
    )
    patches = [r for r in fake.requests if r.method == "PATCH"]
    assert len(patches) == 4  # three chunks, one resent


async def test_post_is_never_sent_twice_after_a_drop(connect: Connect) -> None:
    """A POST whose connection dropped raises; the fake saw it once and stored it once."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    fake.faults.drop_next(1, applied=True)
    async with connect(fake) as client:
        with pytest.raises(APIConnectionError):
            await client.organizations.create({"name": "Once Only"})
    assert [r.method for r in fake.requests] == ["POST"]
    assert fake.count("organizations") == 1


async def test_rate_limit_reached_and_never_exceeded(connect: Connect) -> None:
    """With the fake enforcing n per window, the client fills windows to n and earns no 429."""
    limit = RateLimit(20, 0.5)
    fake = FakeITGlue(api_key=KEY, rate_limit=limit)
    org = fake.add("organizations", {"name": "Acme"})
    async with (
        connect(fake, rate_limit=limit, max_concurrency=5) as client,
        anyio.create_task_group() as group,
    ):
        for _ in range(60):
            group.start_soon(client.organizations.get, org)
    assert [r.outcome for r in fake.requests].count("rate_limited") == 0
    assert client.stats.rate_limited == 0
    assert fake.max_in_window() == 20


async def test_scripted_429s_pause_and_resume(connect: Connect) -> None:
    """A run of 429s without Retry-After is waited out; the job still completes."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    fake.populate(organizations=30, configurations=0, seed=1)
    fake.faults.rate_limit_next(3, retry_after=None)
    async with connect(fake) as client:
        orgs = await client.organizations.list(page_size=10).collect()
    assert [o.id for o in orgs] == fake.ids("organizations")
    assert client.stats.rate_limited == 3


async def test_create_update_destroy_job(connect: Connect) -> None:
    """Array create on a nested route, bulk update and bulk destroy leave the store consistent."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    fake.populate(organizations=2, configurations=10, seed=9)
    before = fake.ids("configurations")
    async with connect(fake) as client:
        created = await client.configurations.create(
            [{"name": f"new-{i}", "configuration_type_id": 1} for i in range(30)],
            organization_id=1,
        )
        assert created.ok and len(created.succeeded) == 30
        ids = [m.id for m in created.succeeded]
        assert all(
            fake.get("configurations", i)["organization-id"] == 1  # type: ignore[index]
            for i in ids
        )
        updated = await client.configurations.bulk_update(
            [{"id": i, "archived": True} for i in ids], chunk_size=7
        )
        assert updated.ok and all(m.archived for m in updated.succeeded)
        destroyed = await client.configurations.bulk_destroy(ids, chunk_size=8)
        assert destroyed.ok and sorted(m.id for m in destroyed.succeeded) == sorted(ids)
    assert fake.ids("configurations") == before


async def test_merge_traits_keeps_untouched_traits(connect: Connect) -> None:
    """merge_traits reads, merges and PATCHes: other traits survive, linked values become ids."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    org = fake.add("organizations", {"name": "Acme"})
    kind = fake.add("flexible_asset_types", {"name": "Email"})
    linked = {"type": "Domains", "values": [{"id": 347, "name": "acme.example"}]}
    asset = fake.add(
        "flexible_assets",
        {
            "name": "Exchange",
            "organization_id": org,
            "flexible_asset_type_id": kind,
            "traits": {"type": "Exchange 2013", "location": "On-Premises", "domains": linked},
        },
    )
    async with connect(fake) as client:
        merged = await client.flexible_assets.merge_traits(
            asset, {"type": "Exchange 2019", "webmail-url": None}, remove=["location"]
        )
    expected = {"type": "Exchange 2019", "domains": [347], "webmail-url": None}
    assert merged.traits == expected
    assert fake.get("flexible_assets", asset)["traits"] == expected  # type: ignore[index]
    assert [(r.method, r.path) for r in fake.requests] == [
        ("GET", f"/flexible_assets/{asset}"),
        ("PATCH", f"/flexible_assets/{asset}"),
    ]
    patch = fake.requests[1].body
    assert patch == {"data": {"type": "flexible_assets", "attributes": {"traits": expected}}}


async def test_merge_traits_refuses_a_key_both_set_and_removed() -> None:
    """A key in both traits and remove is a validation error; nothing is sent."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    async with fake.client() as client:
        with pytest.raises(ValueError, match="both set and removed"):
            await client.flexible_assets.merge_traits(1, {"a": 1}, remove=["a"])
    assert fake.requests == []


async def test_included_resources_reachable_from_each_item(connect: Connect) -> None:
    """include= fills page.included and item.related(name) finds each item's own children."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    fake.populate(organizations=2, configurations=40, seed=6)
    async with connect(fake) as client:
        pages = [
            p
            async for p in client.configurations.list(
                include=["configuration_interfaces"], page_size=15
            ).pages()
        ]
    assert [len(p.items) for p in pages] == [15, 15, 10]
    for page in pages:
        assert page.included
        for item in page.items:
            names = sorted(i.name for i in item.related("configuration_interfaces"))
            expected = sorted(
                fake.get("configuration_interfaces", i)["name"]  # type: ignore[index]
                for i in fake.ids("configuration_interfaces")
                if fake.store.links["configuration_interfaces"][i]["configuration_id"] == item.id
            )
            assert names == expected and names


async def test_logs_window_keeps_the_callers_range(connect: Connect) -> None:
    """A caller's created_at range bounds every window; the records inside it all arrive once."""
    fake = logs_only(800, seed=12)
    stamps = sorted({fake.get("logs", i)["created-at"] for i in fake.ids("logs")})  # type: ignore[index]
    low, high = stamps[len(stamps) // 5], stamps[4 * len(stamps) // 5]
    inside = [i for i in fake.ids("logs") if low <= fake.get("logs", i)["created-at"] <= high]  # type: ignore[index]
    async with connect(fake) as client:
        logs = await client.logs.list(filter={"created_at": (low, high)}, page_size=20).collect()
    assert sorted(log.id for log in logs) == inside
    assert len(inside) > 5 * 20
    for request in fake.requests:
        window = request.params["filter[created_at]"].split(",")
        assert window[1] == high and window[0] >= low


async def test_mixed_job_under_chaos_ends_in_the_exact_expected_state(connect: Connect) -> None:
    """With 5xx, drops after apply and 429s on every idempotent call, the end state is exact."""
    faults = Faults(
        error_rate=0.2,
        drop_rate=0.1,
        drop_after_apply=True,
        methods=frozenset({"GET", "PATCH", "DELETE"}),
        seed=21,
    )
    fake = FakeITGlue(api_key=KEY, rate_limit=None, faults=faults)
    fake.populate(organizations=4, configurations=400, seed=21)
    ids = fake.ids("configurations")
    fake.faults.rate_limit_next(2, retry_after=None)
    async with connect(fake, retry=quick_retries(12)) as client:
        updated = await client.configurations.bulk_update(
            [{"id": i, "notes": f"n{i}"} for i in ids], chunk_size=20
        )
        doomed = ids[::4]
        destroyed = await client.configurations.bulk_destroy(doomed, chunk_size=10)
        singles = [i for i in ids if i not in set(doomed)][:40]
        for ident in singles:
            await client.configurations.update(ident, {"archived": True})
        listed = await client.configurations.list(page_size=30).collect()
    assert updated.ok and destroyed.ok
    survivors = [i for i in ids if i not in set(doomed)]
    assert [c.id for c in listed] == survivors
    for cfg in listed:
        assert cfg.notes == f"n{cfg.id}"
        assert cfg.archived is (cfg.id in set(singles))
    outcomes = [r.outcome for r in fake.requests]
    assert outcomes.count("fault") > 10 and outcomes.count("dropped") > 5


async def test_delete_resent_after_a_lost_answer_counts_as_done(connect: Connect) -> None:
    """A DELETE applied before its connection dropped answers 404 on resend: that is success."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    fake.populate(organizations=2, configurations=30, seed=3)
    ids = fake.ids("configurations")
    async with connect(fake) as client:
        fake.faults.drop_next(1, applied=True)
        result = await client.configurations.bulk_destroy(ids[:10])
        assert result.ok and sorted(m.id for m in result.succeeded) == ids[:10]
        fake.faults.drop_next(1, applied=True)
        await client.exports.delete(fake.add("exports", {"organization_id": 1}))
        assert fake.count("exports") == 0
        again = await client.configurations.bulk_destroy([ids[0]])
        # Without a lost answer, a 404 stays an error.
        assert [type(f.error) for f in again.failed] == [NotFoundError]
    assert fake.ids("configurations") == ids[10:]
    assert [r.status for r in fake.requests if r.method == "DELETE"] == [None, 404, None, 404, 404]
