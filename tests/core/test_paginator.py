"""The paginator by itself, on plain request and finish functions: its edges one at a time.

test_pagination drives it through the client and a mock server (and its windows through a log
listing); here each page's answer is written by hand, so a total that comes and goes, a page
that fails to be answered or read, or an open-ended listing under a page budget can each be
arranged.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import httpx
import pytest

from itglue_async import ITGlueError, Page, PageMeta, models
from itglue_async._pagination import Paginator, _stamp

pytestmark = pytest.mark.anyio


class Book:
    """A listing of ``pages`` pages of two organizations each, answered from memory."""

    def __init__(
        self,
        pages: int,
        *,
        counts: list[int | None] | None = None,
        with_total: bool = True,
        bad: int | None = None,
        lost: int | None = None,
    ) -> None:
        self.pages = pages
        self.counts = counts
        self.with_total = with_total
        self.bad = bad  # a page whose answer cannot be decoded
        self.lost = lost  # a page whose request fails
        self.asked: list[int] = []

    async def request(self, number: int, extra: dict[str, Any]) -> Any:
        self.asked.append(number)
        if number == self.lost:
            raise ITGlueError(f"page {number} was not answered")
        return number

    def finish(self, number: int, raw: Any) -> Page[models.Organization]:
        if number == self.bad:
            raise ITGlueError(f"page {number} could not be read")
        items = [models.Organization(id=2 * number - 1), models.Organization(id=2 * number)]
        count = self.counts[number - 1] if self.counts else None
        meta = PageMeta(
            total_pages=self.pages if self.with_total else None,
            total_count=count,
        )
        return Page(items=items, meta=meta, number=number, last=number >= self.pages)

    def paginator(self, **options: Any) -> Paginator[models.Organization]:
        return Paginator(self.request, self.finish, **{"prefetch": 2, **options})


async def test_before_any_iteration_nothing_was_dropped_or_changed() -> None:
    listing = Book(3).paginator()
    assert listing.duplicates_dropped == 0 and listing.total_count_changes == []
    assert listing.max_buffered == 0 and not listing.changed
    await listing.collect()
    assert listing.max_buffered == 2


async def test_a_prefetch_below_one_fetches_one_page_at_a_time() -> None:
    book = Book(9)
    listing = book.paginator(prefetch=0)
    assert [o.id async for o in listing] == list(range(1, 19))
    assert listing.max_buffered == 2  # a batch holds twice the requests in flight


async def test_a_count_change_is_seen_across_pages_without_a_count(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A page without a total keeps the last one known, so 4 then 6 is still a change."""
    caplog.set_level(logging.WARNING, logger="itglue_async")
    listing = Book(3, counts=[4, None, 6]).paginator()
    await listing.collect()
    assert listing.total_count_changes == [(4, 6)]
    assert [r.getMessage() for r in caplog.records] == [
        "listing changed while it was paged: 4 records, now 6; the listing may have missed "
        "or shifted records"
    ]


async def test_an_open_ended_listing_stops_at_its_page_budget() -> None:
    """Without a page count, max_pages still bounds what is asked for."""
    book = Book(9, with_total=False)
    pages = [p async for p in book.paginator().pages(max_pages=2)]
    assert [p.number for p in pages] == [1, 2] and sorted(book.asked) == [1, 2]


async def test_a_budget_is_kept_by_what_is_asked_for_not_only_what_is_yielded() -> None:
    book = Book(9)
    pages = [p async for p in book.paginator(prefetch=4).pages(max_pages=3)]
    assert [p.number for p in pages] == [1, 2, 3] and sorted(book.asked) == [1, 2, 3]


async def test_a_page_that_cannot_be_read_raises_its_own_error_and_stops_the_batch() -> None:
    """One request at a time: the page after a failed one may already be asked for (its
    request starts before the failed page is decoded), none after it is."""
    book = Book(12, bad=3)
    with pytest.raises(ITGlueError, match=r"^page 3 could not be read$"):
        await book.paginator(prefetch=1).collect()
    assert book.asked == [1, 2, 3, 4]
    lost = Book(12, lost=3)
    with pytest.raises(ITGlueError, match=r"^page 3 was not answered$"):
        await lost.paginator(prefetch=1).collect()
    assert lost.asked == [1, 2, 3]


async def test_after_a_failed_request_no_new_page_is_asked_for() -> None:
    """Page 2 is answered only once page 3 has failed: it starts no further request."""
    import anyio

    book = Book(12, lost=3)
    failed = anyio.Event()

    async def request(number: int, extra: dict[str, Any]) -> Any:
        if number == 2:
            await failed.wait()
        try:
            return await book.request(number, extra)
        except ITGlueError:
            failed.set()
            raise

    listing = Paginator(request, book.finish, prefetch=2)
    with pytest.raises(ITGlueError, match=r"^page 3 was not answered$"):
        await listing.collect()
    assert sorted(book.asked) == [1, 2, 3]


async def test_the_raw_first_page_is_the_answer_and_parses_to_page_one() -> None:
    response = httpx.Response(200, headers={"x-request-id": "r1"})

    class Answer:
        def __init__(self, number: int) -> None:
            self.number = number
            self.response = response

    async def request(number: int, extra: dict[str, Any]) -> Answer:
        assert extra == {}
        return Answer(number)

    def finish(number: int, raw: Answer) -> Page[models.Organization]:
        return Page(items=[models.Organization(id=raw.number)], meta=PageMeta(), number=number)

    raw = await Paginator(request, finish, prefetch=1).raw_first_page()
    assert raw.http_response is response and raw.headers["x-request-id"] == "r1"
    page = raw.parse()
    assert page.number == 1 and [o.id for o in page.items] == [1]


def test_a_stamp_is_iso_text_whatever_it_was_given_as() -> None:
    assert _stamp(None) is None
    assert _stamp("2026-01-05T08:00:00Z") == "2026-01-05T08:00:00Z"
    assert _stamp(dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)) == "2026-01-05T08:00:00Z"
    assert _stamp(dt.date(2026, 1, 5)) == "2026-01-05"
