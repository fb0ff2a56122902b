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


# -- retries -------------------------------------------------------------------------------


def test_backoff_is_exponential_capped_with_half_to_full_jitter() -> None:
    """The wait before retry k is min(cap, base * 2**k), scaled by 0.5 + jitter/2."""
    from itglue_async import RetryPolicy

    low = RetryPolicy(base=0.5, cap=30.0, jitter=lambda: 0.0)
    high = RetryPolicy(base=0.5, cap=30.0, jitter=lambda: 1.0)
    mid = RetryPolicy(base=0.5, cap=30.0, jitter=lambda: 0.5)
    assert [low.backoff(k) for k in range(4)] == [0.25, 0.5, 1.0, 2.0]
    assert [high.backoff(k) for k in range(4)] == [0.5, 1.0, 2.0, 4.0]
    assert mid.backoff(3) == 3.0
    assert high.backoff(10) == 30.0 and low.backoff(10) == 15.0


def _attempts(*outcomes: Any) -> tuple[Any, list[int]]:
    """An attempt function that plays ``outcomes`` in order (statuses or exceptions)."""
    request = httpx.Request("DELETE", "https://api.itglue.com/things/1")
    seen: list[int] = []

    async def attempt(number: int) -> Any:
        seen.append(number)
        outcome = outcomes[number]
        if isinstance(outcome, type) and issubclass(outcome, httpx.TransportError):
            return outcome("failed", request=request)
        if isinstance(outcome, tuple):
            status, headers = outcome
            return httpx.Response(status, headers=headers, request=request)
        return httpx.Response(outcome, request=request)

    return attempt, seen


async def _run(method: str, *outcomes: Any, policy: Any = None) -> tuple[Any, list[float], Any]:
    from itglue_async import RetryPolicy
    from itglue_async._retry import Stats

    attempt, _ = _attempts(*outcomes)
    waits: list[float] = []
    pauses: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async def pause(seconds: float) -> None:
        pauses.append(seconds)

    stats = Stats()
    policy = policy or RetryPolicy(max_retries=4, base=1.0, cap=8.0, jitter=lambda: 1.0)
    outcome = await policy.run(method, "/things/1", attempt, pause=pause, sleep=sleep, stats=stats)
    return outcome, waits + [-p for p in pauses], stats


async def test_a_404_after_a_delete_that_may_have_arrived_is_success() -> None:
    """A DELETE whose answer was lost on the way, then 404, was applied: success. One whose
    connection was never made, then 404, was not: the 404 stands."""
    lost, _, _ = await _run("DELETE", httpx.RemoteProtocolError, 404)
    assert lost.result.status_code == 204 and lost.attempts == 2
    refused, _, _ = await _run("DELETE", httpx.ConnectError, 404)
    assert refused.result.status_code == 404
    after_5xx, _, _ = await _run("DELETE", 503, 404)
    assert after_5xx.result.status_code == 204
    plain, _, _ = await _run("DELETE", 404)
    assert plain.result.status_code == 404


async def test_429s_pause_the_client_and_are_counted() -> None:
    """Each 429 pauses the client for its Retry-After (0 is no wait) and is counted; one asking
    for exactly max_retry_after is waited for, a longer one is not."""
    from itglue_async import RetryPolicy

    outcome, waits, stats = await _run(
        "GET", (429, {"Retry-After": "0"}), (429, {"Retry-After": "3"}), 200
    )
    assert outcome.result.status_code == 200 and stats.rate_limited == 2 and stats.retries == 2
    assert waits == [-0.0, -3.0]
    policy = RetryPolicy(max_retries=2, max_retry_after=3.0, jitter=lambda: 1.0)
    waited, waits, _ = await _run("GET", (429, {"Retry-After": "3"}), 200, policy=policy)
    assert waited.result.status_code == 200 and waits == [-3.0]
    refused, waits, _ = await _run("GET", (429, {"Retry-After": "4"}), 200, policy=policy)
    assert refused.too_long and refused.retry_after == 4.0 and waits == []


async def test_retries_are_logged_with_what_failed_and_the_wait(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Each retry says the method, path, what failed, the attempt and the wait."""
    import logging

    caplog.set_level(logging.INFO, logger="itglue_async")
    await _run("GET", httpx.ReadTimeout, 502, 200)
    await _run("GET", (429, {"Retry-After": "900"}))
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        "GET /things/1: ReadTimeout on attempt 1; retrying in 1.00s",
        "GET /things/1: 502 on attempt 2; retrying in 2.00s",
        "GET /things/1: 429 asking to wait 900s, over max_retry_after=300s; not waiting",
    ]


def test_retry_after_reads_seconds_and_dates_never_below_zero() -> None:
    """Retry-After in seconds or as an HTTP date; a past date or 0 is no wait; junk is None."""
    from itglue_async._retry import retry_after

    def answer(value: str | None) -> httpx.Response:
        return httpx.Response(429, headers={} if value is None else {"Retry-After": value})

    assert retry_after(answer("0")) == 0.0 and retry_after(answer(" 2.5 ")) == 2.5
    assert retry_after(answer("-3")) == 0.0
    now = 1_700_000_000.0
    assert retry_after(answer("Tue, 14 Nov 2023 22:13:30 GMT"), now=lambda: now) == 10.0
    assert retry_after(answer("Tue, 14 Nov 2023 22:13:10 GMT"), now=lambda: now) == 0.0
    assert retry_after(answer("soon")) is None and retry_after(answer(None)) is None


async def test_the_outcome_counts_every_attempt_and_keeps_the_last_429_wait() -> None:
    """Whatever ends the run (an error status, a transport failure, a 429 asking too much),
    the outcome says how many attempts were made and what the last 429 asked for."""
    from itglue_async import RetryPolicy

    policy = RetryPolicy(max_retries=1, jitter=lambda: 1.0)
    errored, _, _ = await _run("GET", (429, {"Retry-After": "2"}), 503, policy=policy)
    assert (errored.result.status_code, errored.attempts, errored.retry_after) == (503, 2, 2.0)
    assert not errored.too_long
    failed, _, _ = await _run("POST", (429, {"Retry-After": "2"}), httpx.ReadTimeout)
    assert isinstance(failed.result, httpx.ReadTimeout)
    assert (failed.attempts, failed.retry_after) == (2, 2.0)
    too_long, _, _ = await _run("GET", 503, 503, (429, {"Retry-After": "900"}))
    assert (too_long.result.status_code, too_long.attempts, too_long.retry_after) == (429, 3, 900)
    assert too_long.too_long
    plain, _, _ = await _run("GET", 400)
    assert (plain.result.status_code, plain.attempts, plain.retry_after) == (400, 1, None)


async def test_a_delete_found_gone_after_a_lost_answer_is_logged_and_answers_for_its_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The 204 stands in for the 404's request, and the log says why it is not an error."""
    import logging

    caplog.set_level(logging.INFO, logger="itglue_async")
    outcome, _, _ = await _run("DELETE", httpx.ReadTimeout, httpx.ReadTimeout, 404)
    assert outcome.result.status_code == 204 and outcome.attempts == 3
    assert outcome.result.request.method == "DELETE"
    assert str(outcome.result.request.url) == "https://api.itglue.com/things/1"
    assert caplog.records[-1].getMessage() == (
        "DELETE /things/1: 404 on attempt 3 after an unanswered attempt; already deleted"
    )
    assert caplog.records[-1].levelno == logging.INFO


async def test_a_failure_that_may_be_retried_still_stops_when_retries_run_out() -> None:
    """A connection never made is always safe to retry, but not more than max_retries times."""
    from itglue_async import RetryPolicy

    policy = RetryPolicy(max_retries=1, jitter=lambda: 1.0)
    outcome, waits, stats = await _run(
        "POST", httpx.ConnectError, httpx.ConnectError, 200, policy=policy
    )
    assert isinstance(outcome.result, httpx.ConnectError) and outcome.attempts == 2
    assert stats.retries == 1 and waits == [0.5]
