"""Pages and the paginator behind every ``list(...)``.

Awaiting a paginator sends exactly one request and gives page 1. Iterating it fetches page 1,
then the remaining pages concurrently, at most ``prefetch`` pages in flight or waiting to be
consumed, and yields them in order: memory holds a few pages however long the listing is.
Every page request repeats the same filter, sort and include (``links.next`` is never
followed, because re-adding the filters to it makes the API answer 422).

Routes whose page number is capped (``/logs`` serves five pages) continue past the cap in
windows of a date-range filter on the sort field: the next window starts at the last timestamp
seen, and records at that boundary timestamp that were already yielded are skipped, so nothing
is lost or repeated.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

import attrs

from itglue_async._errors import ITGlueError
from itglue_async._model import BaseModel

M = TypeVar("M", bound=BaseModel)


@attrs.frozen
class PageMeta:
    """The JSON:API ``meta`` of a page (all ``None`` when the API sent none)."""

    current_page: int | None = None
    next_page: int | None = None
    prev_page: int | None = None
    total_pages: int | None = None
    total_count: int | None = None
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False)

    @classmethod
    def from_wire(cls, meta: dict[str, Any]) -> PageMeta:
        def num(key: str) -> int | None:
            value = meta.get(key)
            try:
                return int(value) if value is not None else None
            except (TypeError, ValueError):
                return None

        return cls(
            current_page=num("current-page"),
            next_page=num("next-page"),
            prev_page=num("prev-page"),
            total_pages=num("total-pages"),
            total_count=num("total-count"),
            raw=meta,
        )


@attrs.frozen
class Page(Generic[M]):
    """One page of a listing: its items, its meta and the resources it included."""

    items: list[M]
    meta: PageMeta
    included: list[BaseModel] = attrs.field(factory=list)
    number: int = 1

    def __len__(self) -> int:
        return len(self.items)


FetchPage = Callable[[int, dict[str, Any]], Awaitable[Page[M]]]


@attrs.frozen
class Windowing:
    """How a page-capped route continues: a date-range filter on the sort field."""

    max_pages: int
    filter_name: str  # the wire name, e.g. "filter[created_at]"
    field: str  # the model attribute holding the timestamp
    user_range: str | None = None  # the caller's own range, whose far end is kept
    descending: bool = False  # newest first: windows move their end back instead


class Paginator(Generic[M]):
    """``await`` -> first ``Page``; ``async for`` -> every item; ``.pages()``; ``.collect()``."""

    def __init__(
        self,
        fetch: FetchPage[M],
        *,
        prefetch: int,
        windowing: Windowing | None = None,
    ) -> None:
        self._fetch = fetch
        self._prefetch = max(1, prefetch)
        self._windowing = windowing
        self.max_buffered = 0  # the most pages held at once during iteration (for tests)

    def __await__(self) -> Generator[Any, None, Page[M]]:
        return self._fetch(1, {}).__await__()

    def __aiter__(self) -> AsyncIterator[M]:
        return self._items()

    async def _items(self) -> AsyncIterator[M]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def collect(self) -> list[M]:
        """Every item of every page, in order."""
        return [item async for item in self]

    async def pages(self) -> AsyncIterator[Page[M]]:
        """Every page in order; pages after the first are fetched concurrently."""
        if self._windowing is None:
            async for page in self._run({}, None):
                yield page
            return
        async for page in self._windows(self._windowing):
            yield page

    async def _run(self, extra: dict[str, Any], max_pages: int | None) -> AsyncIterator[Page[M]]:
        first = await self._fetch(1, extra)
        yield first
        if first.meta.total_pages is None:
            # No page count to fan out over: follow next-page numbers one at a time.
            page = first
            while page.meta.next_page and not (max_pages and page.meta.next_page > max_pages):
                page = await self._fetch(page.meta.next_page, extra)
                yield page
            return
        total = first.meta.total_pages
        last = min(total, max_pages) if max_pages else total
        if last <= 1:
            return
        pending: dict[int, asyncio.Task[Page[M]]] = {}
        next_number = 2
        try:
            for number in range(2, last + 1):
                while next_number <= last and len(pending) < self._prefetch:
                    pending[next_number] = asyncio.ensure_future(self._fetch(next_number, extra))
                    next_number += 1
                self.max_buffered = max(self.max_buffered, len(pending))
                page = await pending.pop(number)
                yield page
        finally:
            for task in pending.values():
                task.cancel()
            for task in pending.values():
                with contextlib.suppress(BaseException):
                    await task

    async def _windows(self, windowing: Windowing) -> AsyncIterator[Page[M]]:
        start: str | None = None
        end: str | None = None
        if windowing.user_range:
            parts = [p.strip() for p in windowing.user_range.split(",", 1)]
            start = parts[0] if parts[0] not in ("", "*") else None
            end = parts[1] if len(parts) > 1 and parts[1] not in ("", "*") else None
        seen_at_boundary: set[int] = set()
        while True:
            extra = {}
            if start is not None or end is not None:
                extra[windowing.filter_name] = f"{start or '*'},{end or '*'}"
            last_stamp: str | None = None
            ids_at_last: set[int] = set()
            capped = False
            async for page in self._run(extra, windowing.max_pages):
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
            if not capped or last_stamp is None:
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
