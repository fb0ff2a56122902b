"""The core's promises the README states, each pinned by a deterministic test.

Every test here was checked against the bug it pins, planted once by hand: stamping a request
at its grant instead of its answer, dropping the accounting of ids a bulk answer left out, an
off-by-one in matching a short bulk create answer, and relationships lost on either decode path.
"""

from __future__ import annotations

import json
from typing import Any

import anyio
import httpx
import pytest

from itglue_async import ITGlue, RateLimit, models
from tests.conftest import BASE, KEY, FakeClock

pytestmark = pytest.mark.anyio
API = ITGlue._api


async def test_the_window_counts_from_the_answer_not_the_grant() -> None:
    """Under RateLimit(1, 10), a request answered 5 s after it arrived lets the next one go
    no sooner than 10 s after that answer (a grant-time stamp would let it go 5 s early)."""
    clock = FakeClock()
    arrivals: list[float] = []
    answers: list[float] = []

    async def server(request: httpx.Request) -> httpx.Response:
        arrivals.append(clock.now)
        await clock.sleep(5.0)  # the server takes 5 s to answer
        answers.append(clock.now)
        return httpx.Response(200, json={"data": {"id": "1", "type": "organizations"}})

    async with (
        ITGlue(
            KEY,
            base_url=BASE,
            rate_limit=RateLimit(1, 10.0),
            transport=httpx.MockTransport(server),
            clock=clock,
            sleep=clock.sleep,
        ) as client,
        anyio.create_task_group() as group,
    ):
        for _ in range(3):
            group.start_soon(client.organizations.get, 1)
    assert len(arrivals) == 3
    for previous_answer, arrival in zip(answers, arrivals[1:], strict=False):
        assert arrival - previous_answer >= 10.0
    # ... and the limiter waits no longer than it must: the window plus its margin.
    assert arrivals[1] - answers[0] == pytest.approx(10.05, abs=0.01)


def _bulk_answer(drop: int | None) -> httpx.MockTransport:
    """Answers a bulk PATCH with its items' records, leaving out the item with id ``drop``."""

    def answer(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)["data"]
        data = [
            {"id": str(item["attributes"]["id"]), "type": "configurations", "attributes": {}}
            for item in items
            if item["attributes"]["id"] != drop
        ]
        return httpx.Response(200, json={"data": data})

    return httpx.MockTransport(answer)


async def test_a_bulk_update_answer_without_an_id_fails_exactly_that_id() -> None:
    """A bulk update answered without one of the ids sent reports that id failed, and only it."""
    transport = _bulk_answer(drop=3)
    async with ITGlue(KEY, base_url=BASE, rate_limit=None, transport=transport) as client:
        result = await client.configurations.bulk_update(
            [{"id": i, "archived": True} for i in range(1, 6)]
        )
    assert [f.item["id"] for f in result.failed] == [3]
    assert "did not return item 3" in str(result.failed[0].error)
    assert result.succeeded_ids == [1, 2, 4, 5]
    assert [m.id for m in result.succeeded] == [1, 2, 4, 5]
    assert not result.ok and result.requests == 1


async def test_a_bulk_create_answered_one_short_fails_the_last_item() -> None:
    """A bulk create answered with one record fewer than sent reports the last item failed."""
    sent: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)["data"]
        sent.append(len(items))
        data = [
            {
                "id": str(100 + n),
                "type": "configurations",
                "attributes": {"name": item["attributes"]["name"]},
            }
            for n, item in enumerate(items[:-1])
        ]
        return httpx.Response(200, json={"data": data})

    items = [{"name": f"cfg-{n}", "configuration_type_id": 1} for n in range(4)]
    async with ITGlue(
        KEY, base_url=BASE, rate_limit=None, transport=httpx.MockTransport(answer)
    ) as client:
        result = await client.configurations.create(items, organization_id=2)
    assert sent == [4]
    assert result.ok is False
    assert [f.item["name"] for f in result.failed] == ["cfg-3"]
    assert "returned 3 record(s) for 4 sent" in str(result.failed[0].error)
    assert [m.name for m in result.succeeded] == ["cfg-0", "cfg-1", "cfg-2"]
    assert result.succeeded_ids == [100, 101, 102]


_RELATIONSHIPS = {
    "configuration-interfaces": {
        "data": [
            {"type": "configuration-interfaces", "id": "7"},
            {"type": "configuration-interfaces", "id": "8"},
        ]
    }
}
_INCLUDED = [
    {"id": "7", "type": "configuration-interfaces", "attributes": {"name": "eth0"}},
    {"id": "8", "type": "configuration-interfaces", "attributes": {"name": "eth1"}},
]


def _page(record: dict[str, Any]) -> dict[str, Any]:
    return {"data": [record], "included": _INCLUDED, "meta": {"total-count": 1}}


@pytest.mark.parametrize(
    "record",
    [
        # The usual resource object: the fast path.
        {
            "id": "1",
            "type": "configurations",
            "attributes": {"name": "fw"},
            "relationships": _RELATIONSHIPS,
        },
        # A member beyond id/type/attributes/relationships sends it down the general path.
        {
            "id": "1",
            "type": "configurations",
            "attributes": {"name": "fw"},
            "relationships": _RELATIONSHIPS,
            "links": {"self": "/configurations/1"},
        },
    ],
    ids=["fast path", "general path"],
)
def test_both_decode_paths_keep_relationships(record: dict[str, Any]) -> None:
    """Either decode path keeps a record's relationships as sent and resolves what was included."""
    decoded = API.dialect.decode(_page(record), models.Configuration, API.models, many=True)
    (item,) = decoded.items
    assert item.id == 1 and item.name == "fw"
    assert dict(item.relationships) == _RELATIONSHIPS
    related = item.related("configuration_interfaces")
    assert [(r.id, type(r).__name__) for r in related] == [
        (7, "ConfigurationInterface"),
        (8, "ConfigurationInterface"),
    ]
    assert [getattr(r, "name", None) for r in related] == ["eth0", "eth1"]
