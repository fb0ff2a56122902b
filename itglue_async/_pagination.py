"""Pages and the paginator behind every ``list(...)``.

Awaiting a paginator sends exactly one request and gives page 1. Iterating it fetches page 1,
then the following pages in batches of ``2 * prefetch`` pages, ``prefetch`` requests in flight
and refilled as each page lands (a page's answer starts the next request before it is
decoded), and yields them in order: memory holds at most a batch however long the listing
is. ``collect()``, which keeps every page anyway, fetches all the pages after the first as one
batch, so no request waits for a batch boundary. Each batch runs in a task group closed before its pages are yielded, so the
paginator is structured concurrency under asyncio and trio alike: nothing it starts outlives
the call that started it, whether the consumer finishes, breaks out or is cancelled.
Every page request repeats the same filter, sort and include; a next-page link is never
followed (re-adding the filters to it makes IT Glue answer 422).

How many pages there are is the dialect's call: a page count from page 1 bounds the fan-out;
without one, pages are requested ahead and the listing ends at the first page the dialect
calls the last (a short page, or one without a next page), so at most ``prefetch - 1``
requests overrun the end.

A listing is not a snapshot: records created or deleted while it is paged shift the pages.
The paginator never yields an id twice in one iteration (a shifted record that comes round
again is dropped and counted in ``duplicates_dropped``), and when the total count changes
between pages it logs a WARNING and records the change in ``total_count_changes``, since a
deletion may have shifted a record past the pages read: a job that must see everything can
walk again.

Routes whose page number is capped (``/logs`` serves five pages) continue past the cap in
windows of a date-range filter on the sort field: the next window starts at the last timestamp
seen, and records at that boundary timestamp that were already yielded are skipped, so nothing
is lost or repeated.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic, ParamSpec, TypeVar

import anyio
import attrs

from itglue_async._dialect import PageMeta
from itglue_async._errors import ITGlueError
from itglue_async._model import BaseModel
from itglue_async._response import RawResponse

M = TypeVar("M", bound=BaseModel)
P = ParamSpec("P")
logger = logging.getLogger("itglue_async")
_ALL = 10**9  # pages in a batch that runs to the end of the listing

Range = tuple[str | None, str | None]


@attrs.frozen
class Page(Generic[M]):
    """One page of a listing: its items, its meta and the resources it included.

    ``last`` says whether the listing ends with this page.
    """

    items: list[M]
    meta: PageMeta
    included: list[BaseModel] = attrs.field(factory=list)
    number: int = 1
    last: bool = attrs.field(default=True, repr=False)

    def __len__(self) -> int:
        return len(self.items)


RequestPage = Callable[[int, dict[str, Range]], Awaitable[Any]]
"""Request page ``number`` with extra range filters (filter name -> (start, end)); returns the
raw answer, not yet decoded."""
FinishPage = Callable[[int, Any], Page[M]]
"""Decode page ``number`` from its raw answer."""


@attrs.frozen
class Windowing:
    """How a page-capped route continues: a date-range filter on the sort field."""

    max_pages: int
    field: str  # the filter and the model attribute holding the timestamp
    user_range: Range | None = None  # the caller's own range, whose far end is kept
    descending: bool = False  # newest first: windows move their end back instead


class Paginator(Generic[M]):
    """``await`` -> first ``Page``; ``async for`` -> every item; ``.pages()``; ``.collect()``."""

    def __init__(
        self,
        request: RequestPage,
        finish: FinishPage[M],
        *,
        prefetch: int,
        windowing: Windowing | None = None,
        label: str = "listing",
    ) -> None:
        self._request = request
        self._finish = finish
        self._prefetch = max(1, prefetch)
        self._windowing = windowing
        self._label = label
        self.max_buffered = 0  # the most pages held at once during iteration (for tests)
        self.total_count_changes: list[tuple[int, int]] = []
        """(before, after) for each change of the total count seen during the last iteration."""
        self.duplicates_dropped = 0
        """Records not yielded again during the last iteration because their id already was."""

    @property
    def changed(self) -> bool:
        """Whether the collection changed while the last iteration paged it."""
        return bool(self.total_count_changes or self.duplicates_dropped)

    async def _fetch(self, number: int, extra: dict[str, Range]) -> Page[M]:
        return self._finish(number, await self._request(number, extra))

    def __await__(self) -> Generator[Any, None, Page[M]]:
        return self._fetch(1, {}).__await__()

    async def raw_first_page(self) -> RawResponse[Page[M]]:
        """The first page's answer as it came; ``parse()`` reads it into the ``Page``."""
        answer = await self._request(1, {})
        return RawResponse(answer.response, lambda: self._finish(1, answer))

    async def page(self, number: int) -> Page[M]:
        """Page ``number`` (1 is the first) alone: exactly one request.

        On a route whose page number is capped, a number past the cap is refused, since the
        API would answer it with nothing.
        """
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValueError(f"page number must be a positive integer, got {number!r}.")
        if self._windowing is not None and number > self._windowing.max_pages:
            raise ValueError(
                f"{self._label} serves at most {self._windowing.max_pages} pages; iterate the "
                f"listing (it continues in {self._windowing.field} windows) or narrow it."
            )
        return await self._fetch(number, {})

    def __aiter__(self) -> AsyncIterator[M]:
        return self._items()

    async def _items(self) -> AsyncIterator[M]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def collect(self) -> list[M]:
        """Every item of every page, in order.

        Since every page is kept anyway, the pages after the first are fetched as one batch:
        ``prefetch`` requests in flight from the second page to the last, with no pause
        between batches.
        """
        return [item async for page in self._pages(whole=True) for item in page.items]

    def pages(self, *, max_pages: int | None = None) -> AsyncIterator[Page[M]]:
        """Every page in order; pages after the first are fetched concurrently.

        ``max_pages`` stops after that many pages, and no page past them is requested. No id
        is yielded twice, and changes of the total count are logged and recorded.
        """
        if max_pages is not None and (
            isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1
        ):
            raise ValueError(f"max_pages must be a positive integer, got {max_pages!r}.")
        return self._pages(whole=False, max_pages=max_pages)

    async def _pages(self, *, whole: bool, max_pages: int | None = None) -> AsyncIterator[Page[M]]:
        """``pages()``; ``whole`` fetches everything after page 1 as one batch (``collect``)."""
        self.total_count_changes = []
        self.duplicates_dropped = 0
        seen: set[int] = set()
        count: int | None = None
        if self._windowing is None:
            source = self._run({}, max_pages, whole=whole)
        else:
            source = self._windows(self._windowing, max_pages)
        # The source spends the page budget itself, so that no page past it is asked for.
        async for page in source:
            total = page.meta.total_count
            if total is not None and count is not None and total != count and not self._windowing:
                logger.warning(
                    "%s changed while it was paged: %d records, now %d; the listing may have "
                    "missed or shifted records",
                    self._label,
                    count,
                    total,
                )
                self.total_count_changes.append((count, total))
            count = total if total is not None else count
            fresh = [item for item in page.items if item.id not in seen]
            if len(fresh) != len(page.items):
                self.duplicates_dropped += len(page.items) - len(fresh)
                page = attrs.evolve(page, items=fresh)
            seen.update(item.id for item in fresh)
            yield page

    async def _run(
        self, extra: dict[str, Range], max_pages: int | None, *, whole: bool
    ) -> AsyncIterator[Page[M]]:
        first = await self._fetch(1, extra)
        yield first
        if first.last:
            return
        last = first.meta.total_pages
        if max_pages is not None:
            last = max_pages if last is None else min(last, max_pages)
        number = 2
        while last is None or number <= last:
            # A batch holds twice the requests in flight, or (whole) all the rest.
            end = number + (_ALL if whole else 2 * self._prefetch) - 1
            if last is not None:
                end = min(end, last)
            batch = await self._batch(number, end, extra)
            self.max_buffered = max(self.max_buffered, len(batch))
            for at in range(number, end + 1):
                # A batch holds every page up to its end or its last page, which returns first.
                page = batch.pop(at)
                yield page
                if page.last:
                    return
            number = end + 1

    async def _batch(self, start: int, end: int, extra: dict[str, Range]) -> dict[int, Page[M]]:
        """Pages ``start`` to ``end``, ``prefetch`` requests in flight, refilled as each lands.

        Each page is a task that, as soon as its answer is in, starts the next page's request
        and only then decodes its own: decoding never delays a request. The batch runs in its
        own task group, closed before any page is yielded, so no request outlives the call: a
        consumer that stops iterating (``break``, ``aclose()``, a cancelled scope) leaves
        nothing behind and starts nothing more. A page the dialect calls the last stops the
        numbers after it from being asked for.
        """
        pages: dict[int, Page[M]] = {}
        failures: dict[int, Exception] = {}
        cursor = start
        stop = end

        async with anyio.create_task_group() as group:

            def start_next() -> None:
                nonlocal cursor
                if cursor <= stop:
                    group.start_soon(one, cursor)
                    cursor += 1

            async def one(number: int) -> None:
                nonlocal stop
                try:
                    raw = await self._request(number, extra)
                except Exception as exc:
                    failures[number] = exc
                    stop = min(stop, number)
                    return
                start_next()
                try:
                    page = self._finish(number, raw)
                except Exception as exc:
                    failures[number] = exc
                    stop = min(stop, number)
                    return
                pages[number] = page
                if page.last:
                    stop = min(stop, number)

            for _ in range(min(self._prefetch, end - start + 1)):
                start_next()
        if failures:
            # The first failed page in order is what the listing could not get past.
            raise failures[min(failures)]
        return {n: p for n, p in pages.items() if n <= stop}

    async def _windows(
        self, windowing: Windowing, max_pages: int | None = None
    ) -> AsyncIterator[Page[M]]:
        start, end = windowing.user_range or (None, None)
        seen_at_boundary: set[int] = set()
        left = max_pages
        while True:
            extra: dict[str, Range] = {}
            if start is not None or end is not None:
                extra[windowing.field] = (start, end)
            last_stamp: str | None = None
            ids_at_last: set[int] = set()
            capped = False
            cap = windowing.max_pages if left is None else min(left, windowing.max_pages)
            async for page in self._run(extra, cap, whole=False):
                if left is not None:
                    left -= 1
                fresh = [m for m in page.items if m.id not in seen_at_boundary]
                for item in page.items:
                    stamp = _stamp(getattr(item, windowing.field, None))
                    if stamp is None:
                        continue
                    if stamp != last_stamp:
                        last_stamp, ids_at_last = stamp, set()
                    ids_at_last.add(item.id)
                total = page.meta.total_pages or 1
                capped = total > windowing.max_pages
                yield attrs.evolve(page, items=fresh)
            if not capped or last_stamp is None or left == 0:
                return
            if last_stamp == (end if windowing.descending else start):
                # The whole window shares one timestamp: moving its edge cannot progress.
                raise ITGlueError(
                    f"More than {windowing.max_pages} pages of records share the timestamp "
                    f"{last_stamp}; raise page_size to read past them."
                )
            # The next window starts at the last timestamp seen (inclusive, so records sharing
            # it that did not fit are read); those already yielded are skipped.
            seen_at_boundary = ids_at_last
            if windowing.descending:
                end = last_stamp
            else:
                start = last_stamp


def _stamp(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        text: str = value.isoformat()
        return text.replace("+00:00", "Z")
    return str(value)


def raw_page(
    method: Callable[P, Paginator[M]],
) -> Callable[P, Awaitable[RawResponse[Page[M]]]]:
    """A listing method, answering the ``RawResponse`` of its first page (one request)."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[M]]:
        return await method(*args, **kwargs).raw_first_page()

    return raw
