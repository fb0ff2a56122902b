"""Answers the API should not give: never a silent None, never a hang, never a bare exception."""

from __future__ import annotations

import logging
import typing
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from itglue_async import ROUTES as ITGLUE_ROUTES
from itglue_async import (
    APIResponseValidationError,
    BulkResult,
    ITGlue,
    ITGlueError,
    Paginator,
    RateLimitError,
    RequestValidationError,
    Route,
)
from itglue_async.bluetally import ROUTES as BLUETALLY_ROUTES
from itglue_async.bluetally import BlueTally
from itglue_async.testing import FakeITGlue
from tests.conftest import FakeClock

pytestmark = pytest.mark.anyio

KEY = "answers-secret-key"
BASE = "https://api.itglue.com"

TRUNCATED = httpx.Response(
    200, headers={"content-type": "application/vnd.api+json"}, content=b'{"data": {"id": "1", "ty'
)
HTML = httpx.Response(
    200, headers={"content-type": "text/html"}, content=b"<html>Down for maintenance</html>"
)
WRONG_ANSWERS: dict[str, Callable[[], httpx.Response]] = {
    "truncated JSON": lambda: TRUNCATED,
    "HTML page": lambda: HTML,
    "204 no content": lambda: httpx.Response(204),
    "empty object": lambda: httpx.Response(200, json={}),
    "errors without data": lambda: httpx.Response(
        200, json={"errors": [{"title": "Oops", "detail": "broken"}]}
    ),
    "null data": lambda: httpx.Response(200, json={"data": None}),
    "a string": lambda: httpx.Response(200, json="ok"),
    "redirect": lambda: httpx.Response(
        302, headers={"location": "https://elsewhere.example/login"}
    ),
}


def _client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> ITGlue:
    clock = FakeClock()
    options.setdefault("rate_limit", None)
    return ITGlue(
        KEY,
        base_url=BASE,
        transport=httpx.MockTransport(handler),
        clock=clock,
        sleep=clock.sleep,
        **options,
    )


@pytest.mark.parametrize("answer", list(WRONG_ANSWERS), ids=list(WRONG_ANSWERS))
async def test_a_get_never_returns_none_for_a_wrong_answer(answer: str) -> None:
    """Each wrong answer to a get raises APIResponseValidationError with its context."""
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return WRONG_ANSWERS[answer]()

    async with _client(handler) as client:
        with pytest.raises(APIResponseValidationError) as info:
            await client.organizations.get(1)
    error = info.value
    assert isinstance(error, ITGlueError)
    assert error.request is not None and error.response is not None
    assert error.request.headers["x-api-key"] == "[redacted]"
    assert error.status_code == error.response.status_code
    assert str(error.status_code) in str(error) and "/organizations/1" in str(error)
    assert len(requests) == 1  # not retried, and a redirect is not followed


async def test_a_redirect_names_its_target_and_keeps_the_key() -> None:
    """A 302 to another host names the status and the host; nothing goes there."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(302, headers={"location": "https://phish.example.org/x"})

    async with _client(handler) as client:
        with pytest.raises(APIResponseValidationError, match=r"302 Found.*phish\.example\.org"):
            await client.organizations.list()
    assert [r.url.host for r in sent] == ["api.itglue.com"]


async def test_excerpt_is_short_and_masks_secrets() -> None:
    """The body excerpt is capped and masks password values and the key."""
    long_secret = {
        "data": [
            {
                "id": "1",
                "type": "passwords",
                "attributes": {"password": "hunter2", "notes": KEY + "x" * 500},
            }
        ]
    }
    async with _client(lambda r: httpx.Response(200, json=long_secret)) as client:
        with pytest.raises(APIResponseValidationError) as info:
            await client.passwords.get(1)
    excerpt = info.value.body_excerpt
    assert "hunter2" not in excerpt and KEY not in excerpt and "[redacted]" in excerpt
    assert len(excerpt) <= 303
    assert "hunter2" not in str(info.value)


def _wrong(answer: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: WRONG_ANSWERS[answer]()


def _args(route: Route) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    if route.polymorphic:
        args += [route.path_params["resource_type"].enum[0], 3]
    if route.parent:
        kwargs[route.parent] = 5
    if route.kind in ("get", "update", "delete") or "/:id" in route.path:
        args.append(9)
    if route.kind == "list":
        required = {k: 1 for k, p in route.filters.items() if p.required}
        if required:
            kwargs["filter"] = required
    elif route.kind in ("create", "action") and route.body is not None:
        body = route.body
        values = {
            "string": "x",
            "integer": 1,
            "boolean": True,
            "date": "2026-01-05",
            "object": {},
            "array": [],
        }

        def value(a: Any) -> Any:
            if a.properties:
                return {k: value(p) for k, p in a.properties.items()}
            return a.enum[0] if a.enum else values.get(a.type, "x")

        if any(a.type == "file" for a in body.attributes.values()):
            args += [value(a) for a in body.attributes.values() if a.type != "file" and a.required]
            args.append(("a.txt", b"x"))
        else:
            data = {
                k: value(a)
                for k, a in body.attributes.items()
                if a.required and not (a.required_unless_nested and route.nested)
            }
            args.append(data)
    elif route.kind == "update":
        args.append({})
    elif route.kind == "bulk_update":
        args.append([{"id": 1}])
    elif route.kind == "bulk_destroy":
        args.append([1])
    return args, kwargs


def _conforms(value: Any, annotation: Any) -> bool:
    if annotation is Any:
        return True
    origin = typing.get_origin(annotation)
    options = (
        typing.get_args(annotation)
        if origin in (typing.Union, __import__("types").UnionType)
        else (annotation,)
    )
    for option in options:
        if option is type(None) and value is None:
            return True
        base = typing.get_origin(option) or option
        if isinstance(base, type) and isinstance(value, base):
            return True
    return False


ALL_ROUTES = [("itglue", r) for r in ITGLUE_ROUTES] + [("bluetally", r) for r in BLUETALLY_ROUTES]


@pytest.mark.parametrize(
    ("api", "route"), ALL_ROUTES, ids=[f"{a} {r.method} {r.path}" for a, r in ALL_ROUTES]
)
@pytest.mark.parametrize(
    "answer", ["204 no content", "empty object", "HTML page", "errors without data"]
)
async def test_every_route_answers_its_declared_type_or_raises(
    api: str, route: Route, answer: str
) -> None:
    """Whatever a wrong answer, a method returns what its annotation says or raises in the tree."""
    clock = FakeClock()
    cls = ITGlue if api == "itglue" else BlueTally
    client = cls(
        KEY,
        transport=httpx.MockTransport(_wrong(answer)),
        rate_limit=None,
        clock=clock,
        sleep=clock.sleep,
    )
    resource = getattr(client, route.resource)
    method = getattr(resource, route.operation)
    declared = typing.get_type_hints(method)["return"]
    args, kwargs = _args(route)
    try:
        result = method(*args, **kwargs)
        if isinstance(result, Paginator):
            items = await result.collect()
            assert all(item is not None for item in items)
        else:
            value = await result
            assert _conforms(value, declared), f"{value!r} is not {declared}"
            if isinstance(value, BulkResult):
                assert (
                    value.succeeded
                    or value.failed
                    or answer != "204 no content"
                    or route.kind == "bulk_update"
                )
    except ITGlueError:
        pass
    finally:
        await client.aclose()


async def test_a_day_long_retry_after_raises_at_once() -> None:
    """Retry-After over max_retry_after raises RateLimitError with the server's value; no wait."""
    clock = FakeClock()
    answer = httpx.Response(429, headers={"retry-after": "86400"})
    client = ITGlue(
        KEY,
        base_url=BASE,
        transport=httpx.MockTransport(lambda r: answer),
        max_retries=1,
        clock=clock,
        sleep=clock.sleep,
    )
    async with client:
        with pytest.raises(RateLimitError, match="86400s") as info:
            await client.organizations.get(1)
        assert info.value.retry_after == 86400.0
        assert clock.sleeps == [] and client.limiter.used() <= 1
        started = clock.now
        with pytest.raises(RateLimitError):
            await client.organizations.get(1)
        assert clock.now == started  # nothing paused the client either


async def test_max_retry_after_is_a_client_option() -> None:
    """A longer max_retry_after waits for the server; an unreadable value falls back to backoff."""
    clock = FakeClock()
    answers = iter(
        [
            httpx.Response(429, headers={"retry-after": "600"}),
            httpx.Response(429, headers={"retry-after": "soon, maybe"}),
            httpx.Response(
                200, json={"data": {"id": "1", "type": "organizations", "attributes": {}}}
            ),
        ]
    )
    client = ITGlue(
        KEY,
        base_url=BASE,
        transport=httpx.MockTransport(lambda r: next(answers)),
        max_retry_after=900,
        clock=clock,
        sleep=clock.sleep,
    )
    async with client:
        org = await client.organizations.get(1)
    assert org.id == 1
    waited = clock.now - 1000.0
    assert 600 <= waited <= 600 + 30
    with pytest.raises(ValueError, match="max_retry_after"):
        ITGlue(KEY, max_retry_after=-1)


def _shifting_pages(
    pages: list[list[int]], totals: list[int]
) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page[number]"])
        data = [
            {"id": str(i), "type": "organizations", "attributes": {}} for i in pages[number - 1]
        ]
        meta = {
            "current-page": number,
            "total-pages": len(pages),
            "total-count": totals[number - 1],
        }
        return httpx.Response(200, json={"data": data, "meta": meta})

    return answer


async def test_a_changing_collection_yields_no_id_twice_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Pages that overlap after an insert never repeat an id; the count change is logged."""
    # Ten records inserted in front between page 1 and page 2: page 2 repeats page 1's ids.
    pages = [list(range(1, 11)), list(range(1, 11))]
    async with _client(_shifting_pages(pages, [10, 20])) as client:
        listing = client.organizations.list(page_size=10)
        with caplog.at_level(logging.WARNING, logger="itglue_async"):
            ids = [o.id async for o in listing]
    assert ids == list(range(1, 11))
    assert listing.duplicates_dropped == 10 and listing.total_count_changes == [(10, 20)]
    assert listing.changed
    assert any(
        "changed while it was paged" in r.getMessage() and "10" in r.getMessage()
        for r in caplog.records
    )


async def test_duplicates_add_up_over_pages_and_each_count_change_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Two inserts, two overlaps: every repeated id is counted once, each change is named."""
    pages = [[1, 2, 3, 4], [3, 4, 5, 6], [5, 6, 7, 8]]
    async with _client(_shifting_pages(pages, [4, 6, 8])) as client:
        listing = client.organizations.list(page_size=4)
        with caplog.at_level(logging.WARNING, logger="itglue_async"):
            ids = [o.id async for o in listing]
    assert ids == list(range(1, 9))
    assert listing.duplicates_dropped == 4
    assert listing.total_count_changes == [(4, 6), (6, 8)]
    assert [r.getMessage() for r in caplog.records if "paged" in r.getMessage()] == [
        f"GET /organizations changed while it was paged: {a} records, now {b}; the "
        "listing may have missed or shifted records"
        for a, b in [(4, 6), (6, 8)]
    ]


async def test_a_steady_collection_reports_no_change() -> None:
    """A listing whose count holds reports nothing."""
    async with _client(_shifting_pages([[1, 2], [3, 4]], [4, 4])) as client:
        listing = client.organizations.list(page_size=2)
        assert [o.id for o in await listing.collect()] == [1, 2, 3, 4]
    assert not listing.changed


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.organizations.get(-3),
        lambda c: c.organizations.get(0),
        lambda c: c.organizations.get(True),
        lambda c: c.configurations.list(organization_id=-1),
        lambda c: c.configurations.bulk_destroy([1, -2]),
        lambda c: c.configurations.bulk_update([{"id": 0, "name": "x"}]),
        lambda c: c.configurations.list(filter={"id": [-5]}),
        lambda c: c.configurations.update(1, {"location_id": -7}),
        lambda c: c.attachments.create("configurations", -1, b"x"),
    ],
    ids=[
        "get -3",
        "get 0",
        "get True",
        "parent -1",
        "bulk ids",
        "bulk item id",
        "filter id",
        "attribute id",
        "polymorphic id",
    ],
)
async def test_ids_must_be_positive_integers(call: Callable[[ITGlue], Any]) -> None:
    """A negative, zero or boolean id is refused before anything is sent."""
    sent: list[httpx.Request] = []
    async with _client(lambda r: sent.append(r) or httpx.Response(200, json={})) as client:
        with pytest.raises(RequestValidationError, match="positive integer id"):
            result = call(client)
            if hasattr(result, "__await__"):
                await result
    assert sent == []


@pytest.mark.parametrize("loopback", [False, True], ids=["in-process", "loopback"])
async def test_fake_faults_for_bad_answers(loopback: bool) -> None:
    """The fake's truncated, HTML and redirect faults reach users as APIResponseValidationError."""
    fake = FakeITGlue(rate_limit=None)
    fake.add("organizations", {"name": "Acme"})

    async def run(client: ITGlue) -> None:
        for script in (fake.faults.truncate_next, fake.faults.html_next, fake.faults.redirect_next):
            script()
            with pytest.raises(APIResponseValidationError):
                await client.organizations.get(1)
        assert (await client.organizations.get(1)).name == "Acme"

    if loopback:
        async with fake.serve() as base_url, ITGlue("k", base_url=base_url) as client:
            await run(client)
    else:
        async with fake.client() as client:
            await run(client)
