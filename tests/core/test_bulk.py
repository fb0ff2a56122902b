"""The bulk runner: documented bodies, chunking, and a per-item report with nothing dropped."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from itglue_async import BulkError, ITGlue, ServerError
from tests.conftest import BASE, KEY, FakeClock

pytestmark = pytest.mark.anyio


async def test_bulk_update_partial_failure(clock: FakeClock) -> None:
    """A chunk that keeps failing reports its items in .failed; the other chunks succeed."""

    def answer(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)["data"]
        if any(item["attributes"]["id"] == 5 for item in items):
            return httpx.Response(503)
        return httpx.Response(
            200,
            json={
                "data": [
                    {"id": str(i["attributes"]["id"]), "type": "configurations", "attributes": {}}
                    for i in items
                ]
            },
        )

    async with ITGlue(KEY, base_url=BASE, max_retries=1, clock=clock, sleep=clock.sleep) as client:
        with respx.mock(base_url=BASE) as mock:
            mock.patch("/configurations").mock(side_effect=answer)
            result = await client.configurations.bulk_update(
                [{"id": i, "location_id": 126} for i in range(1, 11)], chunk_size=2
            )
    assert sorted(m.id for m in result.succeeded) == [1, 2, 3, 4, 7, 8, 9, 10]
    assert [f.item["id"] for f in result.failed] == [5, 6]
    assert all(isinstance(f.error, ServerError) for f in result.failed)
    assert not result.ok and result.requests == 5
    with pytest.raises(BulkError, match="2 item"):
        result.raise_for_failures()


async def test_bulk_destroy_body_and_chunks(client: ITGlue) -> None:
    """Bulk destroy sends the documented body, ids as JSON numbers, in chunks."""
    with respx.mock(base_url=BASE) as mock:
        route = mock.delete("/configurations").respond(204)
        result = await client.configurations.bulk_destroy(list(range(1, 6)), chunk_size=2)
        bodies = [json.loads(c.request.content) for c in route.calls]
    assert result.ok and sorted(m.id for m in result.succeeded) == [1, 2, 3, 4, 5]
    assert {"type": "configurations", "attributes": {"id": 1}} in bodies[0]["data"] + bodies[1][
        "data"
    ] + bodies[2]["data"]
    assert sorted(len(b["data"]) for b in bodies) == [1, 2, 2]


async def test_bulk_destroy_by_filter_sends_no_body(client: ITGlue) -> None:
    """With filter=, bulk destroy sends the filter as query and no body."""
    with respx.mock(base_url=BASE) as mock:
        route = mock.delete("/configurations").respond(json={"data": []})
        await client.configurations.bulk_destroy(filter={"organization_id": 2})
        request = route.calls[0].request
    assert request.url.params["filter[organization_id]"] == "2"
    assert request.content == b""
