"""The BlueTally client on the core: paging, errors, retries, validation and secret hygiene."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from itglue_async.bluetally import (
    APIError,
    AuthenticationError,
    BlueTally,
    RequestValidationError,
    ServerError,
    UnprocessableEntityError,
)
from tests.conftest import FakeClock

pytestmark = pytest.mark.anyio

BASE = "https://app.bluetallyapp.com/api/v1"
KEY = "bt-0123456789-secret"


def _client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> BlueTally:
    options.setdefault("rate_limit", None)
    return BlueTally(KEY, transport=httpx.MockTransport(handler), **options)


def _assets(
    total: int, *, envelope: bool
) -> tuple[Callable[[httpx.Request], httpx.Response], list[int]]:
    offsets: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        offsets.append(offset)
        rows = [
            {"id": i, "asset_id": f"A{i}"}
            for i in range(offset + 1, min(offset + limit, total) + 1)
        ]
        return httpx.Response(200, json={"data": rows} if envelope else rows)

    return answer, offsets


@pytest.mark.parametrize("envelope", [False, True], ids=["bare array", "under data"])
@pytest.mark.parametrize("total", [23, 20, 0], ids=["short last page", "exact multiple", "empty"])
async def test_every_page_in_order_exactly_once(envelope: bool, total: int) -> None:
    """Offsets advance by the page size; the first short page ends the listing."""
    answer, offsets = _assets(total, envelope=envelope)
    async with _client(answer, max_concurrency=3) as bt:
        ids = [a.id async for a in bt.assets.list(page_size=5)]
    assert ids == list(range(1, total + 1))
    needed = total // 5 + 1
    assert sorted(set(offsets))[:needed] == [5 * i for i in range(needed)]
    # Pages asked for ahead of the end overrun it by at most max_concurrency - 1.
    assert len(offsets) - needed <= 2


async def test_awaiting_a_listing_sends_one_request_for_page_one() -> None:
    """``await bt.assets.list(page_size=...)`` gives the first page and sends one request."""
    answer, offsets = _assets(50, envelope=False)
    async with _client(answer) as bt:
        page = await bt.assets.list(page_size=10)
    assert offsets == [0] and [a.id for a in page.items] == list(range(1, 11))


async def test_default_page_size_is_the_documented_maximum() -> None:
    """Without page_size the client asks for 1000 records a request, BlueTally's maximum."""
    answer, _ = _assets(3, envelope=False)
    seen: list[httpx.Request] = []

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    async with _client(spy) as bt:
        await bt.assets.list().collect()
    assert seen[0].url.params["limit"] == "1000"


async def test_records_bare_or_under_data_keep_unknown_keys() -> None:
    """A single record decodes from a bare object or one under data; unknown keys are kept."""
    bodies = iter([{"id": 5, "asset_name": "Laptop", "colour": "red"}, {"data": {"id": 6}}])
    async with _client(lambda r: httpx.Response(200, json=next(bodies))) as bt:
        first = await bt.assets.get(5)
        second = await bt.assets.get(6)
    assert (first.id, first.asset_name, first.extra) == (5, "Laptop", {"colour": "red"})
    assert second.id == 6


async def test_error_bodies_are_kept_as_text() -> None:
    """A JSON error's message and field errors, or a text body's excerpt, reach the exception."""
    answers = iter(
        [
            httpx.Response(422, json={"message": "Invalid.", "errors": {"name": ["Required."]}}),
            httpx.Response(401, text="<html>Unauthenticated</html>"),
        ]
    )
    async with _client(lambda r: next(answers)) as bt:
        with pytest.raises(UnprocessableEntityError) as invalid:
            await bt.departments.create({"name": "IT", "email": "a@b.c", "phone": "1"})
        with pytest.raises(AuthenticationError) as denied:
            await bt.assets.get(1)
    assert invalid.value.errors == [
        {"detail": "Invalid."},
        {"title": "name", "detail": "Required."},
    ]
    assert "name - Required." in str(invalid.value)
    assert "Unauthenticated" in str(denied.value) and "app.bluetallyapp.com" in str(denied.value)
    assert KEY not in str(denied.value) and KEY not in repr(denied.value.request.headers)


@pytest.mark.parametrize(
    ("call", "method", "retried"),
    [
        (lambda bt: bt.assets.update(5, {"notes": "x"}), "PUT", True),
        (lambda bt: bt.assets.delete(5), "DELETE", True),
        (lambda bt: bt.assets.get(5), "GET", True),
        (
            lambda bt: bt.assets.create({"asset_id": "A", "product_id": 1, "status_id": 1}),
            "POST",
            False,
        ),
        (
            lambda bt: bt.checkout.asset(
                {"asset_id": 5, "employee_id": 3, "checkout_date": "2026-01-05"}
            ),
            "POST",
            False,
        ),
    ],
    ids=["PUT", "DELETE", "GET", "create", "checkout"],
)
async def test_only_idempotent_calls_are_resent_after_a_503(
    call: Callable[[BlueTally], Any], method: str, retried: bool
) -> None:
    """PUT, DELETE and GET are retried after a 503; a create or a checkout is sent once."""
    clock = FakeClock()
    statuses = iter([503, 200])
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(next(statuses), json={"id": 5})

    async with _client(answer, clock=clock, sleep=clock.sleep) as bt:
        if retried:
            await call(bt)
        else:
            with pytest.raises(ServerError):
                await call(bt)
    assert sent == [method] * (2 if retried else 1)


async def test_a_429_pauses_and_is_retried_with_retry_after() -> None:
    """A 429 pauses the whole client for Retry-After, then the request is sent again."""
    clock = FakeClock()
    answers = iter(
        [httpx.Response(429, headers={"retry-after": "7"}), httpx.Response(200, json={"id": 1})]
    )
    async with _client(
        lambda r: next(answers), clock=clock, sleep=clock.sleep, rate_limit=None
    ) as bt:
        await bt.assets.get(1)
        assert bt.stats.rate_limited == 1
    assert 7.0 in clock.sleeps or sum(clock.sleeps) >= 7.0


CASES: list[tuple[str, Callable[[BlueTally], Any], str]] = [
    ("unknown filter", lambda bt: bt.assets.list(filter={"colour": "red"}), "valid filters"),
    ("sort outside options", lambda bt: bt.assets.list(sort="-colour"), "valid"),
    ("two sorts", lambda bt: bt.assets.list(sort=["asset_name", "-asset_id"]), "one column"),
    ("wrong filter type", lambda bt: bt.assets.list(filter={"status_id": "two"}), "integer"),
    (
        "enum violation",
        lambda bt: bt.categories.list(filter={"type": "boat"}),
        "Options: accessory",
    ),
    ("missing required on create", lambda bt: bt.departments.create({"name": "IT"}), "required"),
    (
        "missing required on checkout",
        lambda bt: bt.checkout.asset({"asset_id": 5}),
        "checkout_date",
    ),
    (
        "date format",
        lambda bt: bt.assets.create(
            {"asset_id": "A", "product_id": 1, "status_id": 1, "purchase_date": "01/12/2026"}
        ),
        "YYYY-MM-DD",
    ),
    (
        "impossible date",
        lambda bt: bt.licenses.list(filter={"expiration_date": "2026-02-30"}),
        "YYYY-MM-DD",
    ),
    (
        "datetime for a date",
        lambda bt: bt.audits.create(
            {
                "audit_date": dt.datetime(2026, 1, 1),
                "scheduled": True,
                "completed": False,
                "asset_id": "A",
                "user_id": 1,
            }
        ),
        "datetime.date",
    ),
    ("wrong attribute type", lambda bt: bt.assets.update(5, {"purchase_cost": "12"}), "integer"),
    (
        "checkout asset_id as text",
        lambda bt: bt.checkout.asset(
            {"asset_id": "A-5", "employee_id": 3, "checkout_date": "2026-01-05"}
        ),
        "integer",
    ),
    ("unknown attribute", lambda bt: bt.assets.update(5, {"colour": "red"}), "valid"),
    ("page size", lambda bt: bt.assets.list(page_size=1001), "1 to 1000"),
    (
        "custom field items",
        lambda bt: bt.assets.update(5, {"custom_fields": [{"value": "x"}]}),
        "name",
    ),
]


@pytest.mark.parametrize(("name", "call", "words"), CASES, ids=[c[0] for c in CASES])
async def test_refused_before_sending(
    name: str, call: Callable[[BlueTally], Any], words: str
) -> None:
    """Bad input raises RequestValidationError naming what is valid; nothing is sent."""
    sent: list[httpx.Request] = []
    async with _client(lambda r: sent.append(r) or httpx.Response(200, json=[])) as bt:
        with pytest.raises(RequestValidationError, match=words):
            result = call(bt)
            if hasattr(result, "__await__"):
                await result
    assert sent == []


async def test_dates_go_out_as_iso_strings() -> None:
    """A ``datetime.date`` or a ``YYYY-MM-DD`` string is sent as ``YYYY-MM-DD``."""
    sent: list[httpx.Request] = []
    async with _client(lambda r: sent.append(r) or httpx.Response(200, json={})) as bt:
        await bt.checkin.license({"license_id": 9, "checkin_date": "2026-01-05"})
        await bt.checkout.asset(
            {"asset_id": 5, "employee_id": 3, "checkout_date": dt.date(2026, 1, 5)}
        )
    assert [r.content for r in sent] == [
        b'{"license_id":9,"checkin_date":"2026-01-05"}',
        b'{"asset_id":5,"employee_id":3,"checkout_date":"2026-01-05"}',
    ]


async def test_the_token_stays_secret(caplog: pytest.LogCaptureFixture) -> None:
    """The Bearer token is in no repr, exception or log record."""
    caplog.set_level(logging.DEBUG)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    bt = _client(refuse, max_retries=1, clock=FakeClock(), sleep=FakeClock().sleep)
    with pytest.raises(Exception) as info:
        await bt.assets.get(1)
    await bt.aclose()
    shown = [repr(bt), str(bt), repr(bt._key), str(info.value), repr(info.value)]
    shown += [r.getMessage() for r in caplog.records]
    assert not [s for s in shown if KEY in s]
    assert isinstance(info.value, Exception)


def test_key_base_url_and_tenant_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """BLUETALLY_API_KEY, BLUETALLY_BASE_URL and BLUETALLY_TENANT_ID configure the client."""
    monkeypatch.setenv("BLUETALLY_API_KEY", KEY)
    monkeypatch.setenv("BLUETALLY_BASE_URL", "http://127.0.0.1:9000")
    monkeypatch.setenv("BLUETALLY_TENANT_ID", "44")
    bt = BlueTally()
    assert bt.base_url == "http://127.0.0.1:9000" and bt._default_params == {"tenant_id": "44"}
    monkeypatch.delenv("BLUETALLY_BASE_URL")
    monkeypatch.delenv("BLUETALLY_TENANT_ID")
    assert BlueTally().base_url == BASE and BlueTally()._default_params == {}
    assert BlueTally(tenant_id=3)._default_params == {"tenant_id": "3"}
    monkeypatch.delenv("BLUETALLY_API_KEY")
    with pytest.raises(Exception, match="BLUETALLY_API_KEY"):
        BlueTally()
    assert BlueTally("k").rate_limit is not None and BlueTally("k").rate_limit.requests == 10000


async def test_api_errors_are_the_shared_classes() -> None:
    """BlueTally raises the same error classes as IT Glue, importable from either package."""
    import itglue_async

    assert APIError is itglue_async.APIError
    assert RequestValidationError is itglue_async.RequestValidationError
