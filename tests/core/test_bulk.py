"""The bulk runner: documented bodies, chunking, and a per-item report with nothing dropped."""

from __future__ import annotations

import json
from typing import Any

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


def _echo(pulled: list[int], in_flight: list[int]) -> httpx.MockTransport:
    """Answers a bulk PATCH with its items; records how far the input had been read."""

    async def answer(request: httpx.Request) -> httpx.Response:
        import anyio

        in_flight.append(len(pulled))
        await anyio.sleep(0.001)
        items = json.loads(request.content)["data"]
        data = [
            {"id": str(i["attributes"]["id"]), "type": "configurations", "attributes": {}}
            for i in items
        ]
        return httpx.Response(200, json={"data": data})

    return httpx.MockTransport(answer)


async def test_a_generator_is_read_as_chunks_go_out() -> None:
    """A generator input is consumed lazily: never more than the chunks in flight ahead."""
    pulled: list[int] = []
    in_flight: list[int] = []

    def items():  # type: ignore[no-untyped-def]
        for i in range(1, 1001):
            pulled.append(i)
            yield {"id": i, "archived": True}

    transport = _echo(pulled, in_flight)
    async with ITGlue(
        KEY, base_url=BASE, rate_limit=None, transport=transport, max_concurrency=3
    ) as client:
        result = await client.configurations.bulk_update(items(), chunk_size=10)
    assert result.ok and result.requests == 100
    assert [m.id for m in result.succeeded] == list(range(1, 1001))  # in the input's order
    # When a chunk was sent, at most max_concurrency chunks (+ the one being built) were read.
    assert max(read - 10 * n for n, read in enumerate(in_flight)) <= 10 * (3 + 1)


async def test_an_invalid_item_of_a_generator_is_reported_not_raised() -> None:
    """A lazy input's bad item fails alone, with its RequestValidationError; the rest go."""
    from itglue_async import RequestValidationError

    def items():  # type: ignore[no-untyped-def]
        yield {"id": 1, "archived": True}
        yield {"archived": True}  # no id
        yield {"id": 3, "archived": "yes"}  # wrong type
        yield {"id": 4, "archived": False}

    async with ITGlue(KEY, base_url=BASE, rate_limit=None, transport=_echo([], [])) as client:
        result = await client.configurations.bulk_update(items())
        with pytest.raises(RequestValidationError, match=r"items\[1\] has no id"):
            await client.configurations.bulk_update(list(items()))  # a list is checked first
    assert result.succeeded_ids == [1, 4]
    assert [type(f.error) for f in result.failed] == [RequestValidationError] * 2
    assert [f.item for f in result.failed] == [{"archived": True}, {"id": 3, "archived": "yes"}]


async def test_keep_models_false_keeps_only_ids() -> None:
    """For very large jobs the records can be dropped while their ids are kept."""
    async with ITGlue(KEY, base_url=BASE, rate_limit=None, transport=_echo([], [])) as client:
        result = await client.configurations.bulk_update(
            ({"id": i, "archived": True} for i in range(1, 51)), chunk_size=7, keep_models=False
        )
        destroyed = await client.configurations.bulk_destroy(iter([5, 6]), keep_models=False)
    assert result.succeeded == [] and result.succeeded_ids == list(range(1, 51)) and result.ok
    assert destroyed.succeeded_ids == [5, 6]


def test_raise_for_failures_carries_the_result_and_the_first_error() -> None:
    """BulkError says how many failed and succeeded, quotes the first error, keeps the result."""
    from itglue_async import BulkFailure, BulkResult, ITGlueError

    result: BulkResult[Any] = BulkResult(
        failed=[
            BulkFailure({"id": 1}, ITGlueError("first problem")),
            BulkFailure({"id": 2}, ITGlueError("second problem")),
        ],
        succeeded_ids=[3],
    )
    with pytest.raises(BulkError) as raised:
        result.raise_for_failures()
    assert str(raised.value) == "2 item(s) failed, 1 succeeded; first error: first problem"
    assert raised.value.result is result
    BulkResult().raise_for_failures()  # nothing failed: nothing raised


def test_chunks_split_until_they_fit_and_a_lone_item_goes_as_it_is() -> None:
    """A chunk over the payload limit is halved until each piece fits; one item alone is sent
    as it is (the client then refuses it for its size, with nothing sent)."""
    from itglue_async._bulk import _split_to_fit

    def fits(limit: int) -> Any:
        return lambda chunk: sum(chunk) <= limit

    assert _split_to_fit([1, 1, 1, 1], fits(4)) == [[1, 1, 1, 1]]
    assert _split_to_fit([2, 2, 2, 2], fits(4)) == [[2, 2], [2, 2]]
    assert _split_to_fit([3, 3], fits(4)) == [[3], [3]]
    assert _split_to_fit([3, 3, 3], fits(4)) == [[3], [3], [3]]
    assert _split_to_fit([9], fits(4)) == [[9]]
    assert _split_to_fit([1, 1, 1, 1, 1, 1], fits(3)) == [[1, 1, 1], [1, 1, 1]]


async def test_an_item_too_large_for_any_request_fails_alone() -> None:
    """An item whose body alone passes the payload limit is reported failed; the rest go."""
    from itglue_async import RequestValidationError

    async with ITGlue(KEY, base_url=BASE, rate_limit=None, transport=_echo([], [])) as client:
        limit = client.api.payload_limit_bytes
        items = [
            {"id": 1, "archived": True},
            {"id": 2, "notes": "x" * limit},
            {"id": 3, "archived": True},
        ]
        result = await client.configurations.bulk_update(items, chunk_size=3)
    assert result.succeeded_ids == [1, 3]
    assert [f.item["id"] for f in result.failed] == [2]
    assert isinstance(result.failed[0].error, RequestValidationError)
    assert "payload limit" in str(result.failed[0].error)


async def test_the_runner_by_itself_defaults_and_edges() -> None:
    """``run_bulk`` keeps records unless told not to, hands ``convert`` each item's index,
    treats a chunk size or concurrency below 1 as 1, and says why an unanswered item failed."""
    import anyio

    from itglue_async._bulk import run_bulk

    seen: list[tuple[int, Any]] = []
    sent: list[list[int]] = []
    in_flight = [0, 0]  # now, most

    def convert(index: int, item: Any) -> Any:
        seen.append((index, item))
        return item

    class Record:
        def __init__(self, ident: int) -> None:
            self.id = ident

    async def send(chunk: list[Any]) -> list[Any]:
        in_flight[0] += 1
        in_flight[1] = max(in_flight)
        await anyio.sleep(0.001)
        in_flight[0] -= 1
        sent.append([item["id"] for item in chunk])
        return [Record(item["id"]) for item in chunk if item["id"] != 3]

    result = await run_bulk(
        [{"id": i} for i in range(1, 5)],
        chunk_size=0,
        concurrency=0,
        convert=convert,
        fits=lambda chunk: True,
        send=send,
        item_id=lambda item: item["id"],
    )
    assert seen == [(i - 1, {"id": i}) for i in range(1, 5)]
    assert sent == [[1], [2], [3], [4]] and in_flight[1] == 1
    assert [m.id for m in result.succeeded] == [1, 2, 4] and result.succeeded_ids == [1, 2, 4]
    assert [str(f.error) for f in result.failed] == ["The API did not return item 3 as applied."]

    async def short(chunk: list[Any]) -> list[Any]:
        return [Record(9)]

    created = await run_bulk(
        ["a", "b"],
        chunk_size=5,
        concurrency=2,
        convert=lambda index, item: item,
        fits=lambda chunk: True,
        send=short,
        item_id=lambda item: None,
    )
    assert [(f.item, str(f.error)) for f in created.failed] == [
        ("b", "The API returned 1 record(s) for 2 sent; this item is not among them.")
    ]
