"""Pagination order, concurrency bound and the single-page cases, through the public client."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
import respx

from itglue_async import ITGlue, SlidingWindowLimiter
from tests.conftest import BASE

pytestmark = pytest.mark.anyio


def _pages(total: int, size: int, *, with_total: bool = True) -> respx.MockRouter:
    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page[number]"])
        data = [
            {"id": str((number - 1) * size + i + 1), "type": "organizations", "attributes": {}}
            for i in range(size)
        ]
        meta: dict[str, object] = {
            "current-page": number,
            "next-page": number + 1 if number < total else None,
        }
        if with_total:
            meta |= {"total-pages": total, "total-count": total * size}
        return httpx.Response(200, json={"data": data, "meta": meta})

    router = respx.mock(base_url=BASE)
    router.get("/organizations").mock(side_effect=answer)
    return router


async def test_all_pages_in_order_exactly_once(client: ITGlue) -> None:
    """Every record of every page is yielded once, in order; every request repeats the filter."""
    with _pages(23, 3) as mock:
        ids = [o.id async for o in client.organizations.list(filter={"name": "x"}, page_size=3)]
        numbers = sorted(int(c.request.url.params["page[number]"]) for c in mock.calls)
        assert all(c.request.url.params["filter[name]"] == "x" for c in mock.calls)
    assert ids == list(range(1, 70))
    assert numbers == list(range(1, 24))


async def test_awaiting_sends_one_request(client: ITGlue) -> None:
    """Awaiting a listing gives page 1 and sends exactly one request."""
    with _pages(5, 2) as mock:
        page = await client.organizations.list()
        assert len(mock.calls) == 1
    assert page.meta.total_pages == 5 and [o.id for o in page.items] == [1, 2]


async def test_buffer_is_bounded(client: ITGlue) -> None:
    """A long iteration never holds more than a batch: twice the client's concurrency."""
    with _pages(60, 1):
        paginator = client.organizations.list()
        assert len([o async for o in paginator]) == 60
        assert 1 <= paginator.max_buffered <= 2 * client.max_concurrency
        # collect() keeps every page anyway, so it fetches the rest in one batch.
        assert len(await paginator.collect()) == 60
    assert paginator.max_buffered == 59


async def test_missing_total_follows_next_page(client: ITGlue) -> None:
    """Without total-pages, next-page numbers are followed so no page is dropped."""
    with _pages(4, 2, with_total=False):
        ids = [o.id async for o in client.organizations.list()]
    assert ids == list(range(1, 9))


async def test_absent_meta_is_one_page(client: ITGlue) -> None:
    """A response without meta is a single page."""
    with respx.mock(base_url=BASE) as mock:
        mock.get("/organizations").respond(
            json={"data": [{"id": "1", "type": "organizations", "attributes": {}}]}
        )
        items = await client.organizations.list().collect()
        assert len(mock.calls) == 1
    assert [o.id for o in items] == [1]


def _slow_pages(total: int, size: int, log: list[int], delay: float = 0.0) -> ITGlue:
    async def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page[number]"])
        log.append(number)
        if delay:
            await anyio.sleep(delay)
        data = [
            {"id": str((number - 1) * size + i + 1), "type": "organizations", "attributes": {}}
            for i in range(size)
        ]
        meta = {"current-page": number, "total-pages": total, "total-count": total * size}
        return httpx.Response(200, json={"data": data, "meta": meta})

    return ITGlue("k", base_url=BASE, transport=httpx.MockTransport(answer), max_concurrency=4)


async def test_break_and_aclose_start_nothing_more() -> None:
    """Leaving a listing early (break or aclose) requests no page after the consumer left."""
    log: list[int] = []
    async with _slow_pages(100, 2, log) as client:
        async for org in client.organizations.list(page_size=2):
            if org.id == 3:  # the first record of page 2: page 1 and one batch were asked for
                break
        asked = len(log)
        assert asked == 1 + 2 * client.max_concurrency
        await anyio.sleep(0.05)
        assert len(log) == asked
        pages = client.organizations.list(page_size=2).pages()
        await pages.__anext__()
        await pages.aclose()
        assert len(log) == asked + 1
        assert (await client.organizations.list(page_size=2)).items[0].id == 1  # still works


async def test_a_cancelled_scope_stops_the_fetches_in_flight() -> None:
    """Cancelling the scope around a listing cancels its requests and leaves the client usable."""
    log: list[int] = []
    async with _slow_pages(50, 2, log, delay=0.2) as client:
        seen: list[int] = []
        with anyio.move_on_after(0.3):
            async for org in client.organizations.list(page_size=2):
                seen.append(org.id)
        assert seen == [1, 2]  # page 1 arrived; the batch after it was cut short
        asked = len(log)
        await anyio.sleep(0.3)
        assert len(log) == asked  # nothing was started after the scope ended
        assert client._concurrency.value == client.max_concurrency
        assert isinstance(client.limiter, SlidingWindowLimiter) and client.limiter.in_flight == 0
        assert (await client.organizations.list(page_size=2)).items[0].id == 1


async def test_a_page_that_fails_raises_its_own_error() -> None:
    """A page that cannot be read raises its error (not an exception group) after the earlier pages."""
    calls: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page[number]"])
        calls.append(number)
        if number == 3:
            return httpx.Response(404, json={"errors": [{"title": "gone"}]})
        data = [{"id": str(number), "type": "organizations", "attributes": {}}]
        return httpx.Response(200, json={"data": data, "meta": {"total-pages": 6}})

    from itglue_async import NotFoundError

    got: list[int] = []
    async with ITGlue("k", base_url=BASE, transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(NotFoundError):
            async for org in client.organizations.list(page_size=1):
                got.append(org.id)
    assert got == [1]  # the batch holding the failure yields nothing of it


async def test_one_client_from_two_event_loops_is_a_clear_error() -> None:
    """A client used from a second event loop says so, instead of hanging."""
    import threading

    answer = httpx.Response(
        200, json={"data": {"id": "1", "type": "organizations", "attributes": {}}}
    )
    client = ITGlue("k", base_url=BASE, transport=httpx.MockTransport(lambda r: answer))
    assert (await client.organizations.get(1)).id == 1
    errors: list[BaseException] = []

    def other_loop() -> None:
        try:
            anyio.run(client.organizations.get, 1)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=other_loop)
    thread.start()
    thread.join(10)
    assert len(errors) == 1 and "another event loop" in str(errors[0])
    assert "aclose()" in str(errors[0])
    await client.aclose()


async def test_page_fetches_one_page_by_number_and_pages_stop_at_max_pages() -> None:
    """page(n) sends exactly one request for page n; pages(max_pages=k) asks for no page past k."""
    from itglue_async.testing import FakeITGlue

    fake = FakeITGlue(rate_limit=None)
    fake.populate(organizations=2, configurations=95, seed=1)
    async with fake.client() as client:
        listing = client.configurations.list(page_size=10)
        fake.requests.clear()
        third = await listing.page(3)
        assert [r.params["page[number]"] for r in fake.requests] == ["3"]
        assert [m.id for m in third.items] == fake.ids("configurations")[20:30]
        fake.requests.clear()
        pages = [p async for p in listing.pages(max_pages=4)]
        assert [p.number for p in pages] == [1, 2, 3, 4]
        assert sorted(int(r.params["page[number]"]) for r in fake.requests) == [1, 2, 3, 4]
        with pytest.raises(ValueError, match="positive integer"):
            await listing.page(0)
        with pytest.raises(ValueError, match="max_pages"):
            listing.pages(max_pages=0)
        logs = client.logs.list(page_size=10)
        with pytest.raises(ValueError, match="at most 5 pages"):
            await logs.page(6)


async def test_page_numbers_and_page_budgets_at_their_edges() -> None:
    """page(1) and the capped route's last page are valid; True is not a number; a budget of
    one page is one request."""
    from itglue_async.testing import FakeITGlue

    fake = FakeITGlue(rate_limit=None)
    fake.populate(organizations=2, configurations=25, seed=1)
    async with fake.client() as client:
        listing = client.configurations.list(page_size=10)
        first = await listing.page(1)
        assert [m.id for m in first.items] == fake.ids("configurations")[:10]
        for bad in (True, 1.0, -1):
            with pytest.raises(ValueError, match=r"^page number must be a positive integer"):
                await listing.page(bad)  # type: ignore[arg-type]
            with pytest.raises(ValueError, match=r"^max_pages must be a positive integer"):
                listing.pages(max_pages=bad)  # type: ignore[arg-type]
        fake.requests.clear()
        pages = [p async for p in listing.pages(max_pages=1)]
        assert [p.number for p in pages] == [1] and len(fake.requests) == 1
        fifth = await client.logs.list(page_size=1).page(5)
        assert fifth.number == 5


# -- windows past a page cap -----------------------------------------------------------------


def _log_server(
    stamps: list[str | None], *, size: int = 2, cap: int = 2, total: bool = True
) -> tuple[Any, Any, list[tuple[int, tuple[str | None, str | None] | None]]]:
    """A listing capped at ``cap`` pages of ``size``, filtered by a created_at range.

    A record without a stamp (``None``) sorts first and is matched by no window, as a range
    filter leaves nulls out; ``total=False`` answers pages without a page count.
    """
    import datetime as dt

    from itglue_async import Page, PageMeta, models

    records = [(n + 1, stamp) for n, stamp in enumerate(stamps)]
    asked: list[tuple[int, tuple[str | None, str | None] | None]] = []
    descending = {"on": False}

    async def request(number: int, extra: dict[str, Any]) -> Any:
        window = extra.get("created_at")
        asked.append((number, window))
        start, end = window or (None, None)
        chosen = [
            r
            for r in records
            if window is None
            or (
                r[1] is not None
                and (start is None or r[1] >= start)
                and (end is None or r[1] <= end)
            )
        ]
        chosen.sort(key=lambda r: (r[1] or "", r[0]), reverse=descending["on"])
        pages = max(1, -(-len(chosen) // size))
        return chosen[(number - 1) * size : number * size], pages

    def finish(number: int, raw: Any) -> Any:
        chosen, pages = raw
        items = [
            models.Log(
                id=i,
                created_at=None
                if s is None
                else dt.datetime.fromisoformat(s.replace("Z", "+00:00")),
            )
            for i, s in chosen
        ]
        return Page(
            items=items,
            meta=PageMeta(total_pages=pages if total else None),
            number=number,
            last=number >= min(pages, cap),
        )

    return request, finish, asked, descending  # type: ignore[return-value]


def _stamps(*seconds: int) -> list[str]:
    return [f"2026-01-05T08:00:{s:02d}Z" for s in seconds]


async def test_windows_read_past_the_page_cap_with_nothing_lost_or_repeated() -> None:
    """Past the cap, the next window starts at the last timestamp seen; records sharing it are
    read once, whatever page boundary they straddle."""
    from itglue_async._pagination import Paginator, Windowing

    stamps = _stamps(1, 2, 3, 3, 3, 4, 5, 5, 6, 7, 8)
    request, finish, asked, _ = _log_server(stamps)
    listing = Paginator(
        request, finish, prefetch=2, windowing=Windowing(max_pages=2, field="created_at")
    )
    ids = [m.id for m in await listing.collect()]
    assert ids == list(range(1, 12))
    # Records at a window's edge are skipped by the window itself, not dropped as duplicates.
    assert listing.duplicates_dropped == 0
    windows = [w for n, w in asked if n == 1]
    # Windows of two pages of two: 1-2 | 3-4 (ends at 03), 5-6 (ends at 04), 7-9 (ends at
    # 06), then 10-11, the first window that is not capped.
    assert windows == [
        None,
        ("2026-01-05T08:00:03Z", None),
        ("2026-01-05T08:00:04Z", None),
        ("2026-01-05T08:00:06Z", None),
    ]
    assert all(n <= 2 for n, _ in asked)


async def test_windows_keep_the_callers_range_and_can_run_newest_first() -> None:
    """A caller's range bounds every window (its far end kept); newest first moves the end."""
    from itglue_async._pagination import Paginator, Windowing

    stamps = _stamps(1, 2, 3, 4, 5, 6, 7, 8, 9)
    request, finish, asked, _ = _log_server(stamps)
    user = ("2026-01-05T08:00:02Z", "2026-01-05T08:00:08Z")
    windowing = Windowing(max_pages=2, field="created_at", user_range=user)
    ids = [m.id async for m in Paginator(request, finish, prefetch=1, windowing=windowing)]
    assert ids == [2, 3, 4, 5, 6, 7, 8]
    assert [w for n, w in asked if n == 1] == [
        user,
        ("2026-01-05T08:00:05Z", "2026-01-05T08:00:08Z"),
    ]
    request, finish, asked, descending = _log_server(stamps)
    descending["on"] = True
    newest = Windowing(max_pages=2, field="created_at", descending=True)
    ids = [m.id async for m in Paginator(request, finish, prefetch=1, windowing=newest)]
    assert ids == [9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert [w for n, w in asked if n == 1][:2] == [None, (None, "2026-01-05T08:00:06Z")]


async def test_a_window_that_cannot_move_is_an_error_and_max_pages_spans_windows() -> None:
    """More pages sharing one timestamp than the cap cannot be read past: it says so; a page
    budget counts the pages of every window."""
    from itglue_async import ITGlueError
    from itglue_async._pagination import Paginator, Windowing

    request, finish, _, _ = _log_server(_stamps(1, 1, 1, 1, 1, 1))
    stuck = Paginator(
        request, finish, prefetch=1, windowing=Windowing(max_pages=2, field="created_at")
    )
    with pytest.raises(ITGlueError, match="More than 2 pages of records share the timestamp"):
        await stuck.collect()
    request, finish, _, descending = _log_server(_stamps(1, 1, 1, 1, 1, 1))
    descending["on"] = True
    newest = Windowing(max_pages=2, field="created_at", descending=True)
    with pytest.raises(ITGlueError, match="More than 2 pages of records share the timestamp"):
        await Paginator(request, finish, prefetch=1, windowing=newest).collect()
    request, finish, asked, _ = _log_server(_stamps(1, 2, 3, 4, 5, 6, 7, 8, 9))
    budget = Paginator(
        request, finish, prefetch=1, windowing=Windowing(max_pages=2, field="created_at")
    )
    pages = [p async for p in budget.pages(max_pages=3)]
    # Two pages of the first window, then the second window's first page, whose record at
    # the boundary (4) was already read.
    assert [m.id for p in pages for m in p.items] == [1, 2, 3, 4, 5]
    assert len(pages) == 3 and len(asked) == 3


async def test_a_page_budget_is_spent_across_windows() -> None:
    """max_pages=4 over windows of two pages: two from the first window, two from the next."""
    from itglue_async._pagination import Paginator, Windowing

    request, finish, asked, _ = _log_server(_stamps(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
    budget = Paginator(
        request, finish, prefetch=1, windowing=Windowing(max_pages=2, field="created_at")
    )
    pages = [p async for p in budget.pages(max_pages=4)]
    assert [m.id for p in pages for m in p.items] == [1, 2, 3, 4, 5, 6, 7]
    assert [w for n, w in asked if n == 1] == [None, ("2026-01-05T08:00:04Z", None)]
    assert len(asked) == 4


async def test_a_window_asks_for_no_more_pages_than_the_budget_has_left() -> None:
    """max_pages=5 over windows of three pages, fetching ahead: the second window is asked for
    the two pages the budget has left, not for a third it would then throw away."""
    from itglue_async._pagination import Paginator, Windowing

    request, finish, asked, _ = _log_server(_stamps(*range(1, 21)), cap=3)
    budget = Paginator(
        request, finish, prefetch=3, windowing=Windowing(max_pages=3, field="created_at")
    )
    pages = [p async for p in budget.pages(max_pages=5)]
    assert [m.id for p in pages for m in p.items] == list(range(1, 10))
    assert sorted((w is not None, n) for n, w in asked) == [
        (False, 1),
        (False, 2),
        (False, 3),
        (True, 1),
        (True, 2),
    ]


async def test_a_capped_listing_whose_records_have_no_stamps_ends_with_its_first_window() -> None:
    from itglue_async._pagination import Paginator, Windowing

    request, finish, asked, _ = _log_server([None] * 6)
    listing = Paginator(request, finish, prefetch=1, windowing=Windowing(2, "created_at"))
    assert [m.id async for m in listing] == [1, 2, 3, 4]
    assert [w for _, w in asked] == [None, None]


async def test_a_record_without_a_stamp_does_not_hide_the_stamps_after_it() -> None:
    """The next window starts at the last stamp of the window, past a stamp-less record."""
    from itglue_async._pagination import Paginator, Windowing

    request, finish, asked, _ = _log_server([None, None, None, *_stamps(4, 5, 6, 7, 8)])
    listing = Paginator(request, finish, prefetch=1, windowing=Windowing(2, "created_at"))
    assert [m.id async for m in listing] == list(range(1, 9))
    assert asked[2] == (1, ("2026-01-05T08:00:04Z", None))


async def test_a_window_without_a_page_count_is_not_taken_for_a_capped_one() -> None:
    from itglue_async._pagination import Paginator, Windowing

    request, finish, asked, _ = _log_server(_stamps(1, 2, 3), total=False)
    listing = Paginator(request, finish, prefetch=1, windowing=Windowing(1, "created_at"))
    assert [m.id async for m in listing] == [1, 2]
    assert [w for _, w in asked] == [None]


async def test_a_window_is_read_in_batches_like_any_listing() -> None:
    """A window of five pages fetched one at a time holds two pages at once, not four."""
    from itglue_async._pagination import Paginator, Windowing

    request, finish, _, _ = _log_server(_stamps(*range(1, 11)), cap=5)
    listing = Paginator(request, finish, prefetch=1, windowing=Windowing(5, "created_at"))
    assert [m.id async for m in listing] == list(range(1, 11))
    assert listing.max_buffered == 2
