"""Pagination order, concurrency bound and the single-page cases, through the public client."""

from __future__ import annotations

import httpx
import respx

from itglue_async import ITGlue
from tests.conftest import BASE


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
    """A long iteration never holds more pages than the client's concurrency."""
    with _pages(60, 1):
        paginator = client.organizations.list()
        assert len(await paginator.collect()) == 60
    assert 1 <= paginator.max_buffered <= client.max_concurrency


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
