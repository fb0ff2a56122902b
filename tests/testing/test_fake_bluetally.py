"""FakeBlueTally answers like the reference says, from the route tables, at the HTTP level."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from itglue_async import RateLimit
from itglue_async.testing import FakeBlueTally
from tests.conftest import FakeClock

pytestmark = pytest.mark.anyio

KEY = "bt-fake-key"


@pytest.fixture
def fake() -> FakeBlueTally:
    fake = FakeBlueTally(api_key=KEY, rate_limit=None)
    fake.populate(assets=30, employees=3, seed=2)
    return fake


@pytest.fixture
async def http(fake: FakeBlueTally) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=fake.transport,
        base_url="http://127.0.0.1",
        headers={"authorization": f"Bearer {KEY}"},
    ) as client:
        yield client


async def test_bearer_token_is_required(fake: FakeBlueTally) -> None:
    """No token, another token or another scheme is a 401; the log never holds the token."""
    async with httpx.AsyncClient(transport=fake.transport, base_url="http://127.0.0.1") as raw:
        assert (await raw.get("/assets")).status_code == 401
        assert (
            await raw.get("/assets", headers={"authorization": "Bearer nope"})
        ).status_code == 401
        assert (await raw.get("/assets", headers={"authorization": KEY})).status_code == 401
    assert all(KEY not in str(r.headers) for r in fake.requests)


async def test_filters_sort_order_limit_offset(http: httpx.AsyncClient) -> None:
    """Plain filters match exactly; sort/order order; limit/offset slice a bare array."""
    got = (
        await http.get("/assets", params={"sort": "asset_id", "order": "desc", "limit": 4})
    ).json()
    assert [a["asset_id"] for a in got] == ["BT-00030", "BT-00029", "BT-00028", "BT-00027"]
    got = (await http.get("/assets", params={"limit": 10, "offset": 25})).json()
    assert [a["id"] for a in got] == [26, 27, 28, 29, 30]
    got = (await http.get("/assets", params={"asset_id": "BT-00005"})).json()
    assert [a["id"] for a in got] == [5]
    assert len((await http.get("/assets")).json()) == 30  # default limit 50


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"colour": "red"}, 400, "colour"),
        ({"sort": "colour"}, 422, "sort"),
        ({"order": "sideways", "sort": "asset_id"}, 422, "order"),
        ({"limit": "1001"}, 422, "limit"),
        ({"offset": "-1"}, 422, "offset"),
        ({"status_id": "two"}, 422, "status_id"),
    ],
)
async def test_bad_queries_are_refused_with_a_message(
    http: httpx.AsyncClient, params: dict[str, str], status: int, field: str
) -> None:
    """A bad query answers 400/422 with a message and the parameter's errors."""
    response = await http.get("/assets", params=params)
    assert response.status_code == status
    body = response.json()
    assert body["message"] and field in body["errors"]


async def test_create_update_delete_and_validation(
    http: httpx.AsyncClient, fake: FakeBlueTally
) -> None:
    """Flat bodies create, update (PUT) and delete; a missing required attribute is a 422."""
    made = await http.post("/departments", json={"name": "Ops", "email": "o@x.io", "phone": "1"})
    assert made.status_code == 201
    ident = made.json()["id"]
    assert (await http.put(f"/departments/{ident}", json={"phone": None})).json()["phone"] is None
    missing = await http.post("/departments", json={"name": "Ops"})
    assert missing.status_code == 422 and "email" in missing.json()["errors"]
    assert (await http.delete(f"/departments/{ident}")).status_code == 204
    assert fake.get("departments", ident) is None


async def test_checkout_and_checkin_change_the_item(
    http: httpx.AsyncClient, fake: FakeBlueTally
) -> None:
    """A checkout shows on the asset; a second one is refused; a checkin clears it."""
    out = await http.post(
        "/checkout/asset", json={"asset_id": 5, "employee_id": 2, "checkout_date": "2026-01-05"}
    )
    assert out.status_code == 200 and out.json()["checked_out_to"] == {"employee_id": 2}
    asset = (await http.get("/assets/5")).json()
    assert asset["checked_out_to"] == {"employee_id": 2} and asset["checkout_date"] == "2026-01-05"
    again = await http.post(
        "/checkout/asset", json={"asset_id": 5, "employee_id": 3, "checkout_date": "2026-01-06"}
    )
    assert again.status_code == 422
    back = await http.post(
        "/checkin/asset", json={"asset_id": 5, "checkin_date": "2026-01-07", "status_id": 3}
    )
    assert back.status_code == 200
    assert fake.get("assets", 5)["checked_out_to"] is None  # type: ignore[index]
    assert fake.get("assets", 5)["status_id"] == 3  # type: ignore[index]
    twice = await http.post(
        "/checkin/asset", json={"asset_id": 5, "checkin_date": "2026-01-08", "status_id": 3}
    )
    assert twice.status_code == 422
    nowhere = await http.post(
        "/checkout/asset", json={"asset_id": 999, "employee_id": 2, "checkout_date": "2026-01-05"}
    )
    assert nowhere.status_code == 404


async def test_tenants_scope_the_tenant_id(http: httpx.AsyncClient, fake: FakeBlueTally) -> None:
    """Once tenants exist, a tenant_id naming none is refused; a known one is accepted."""
    assert (await http.get("/assets", params={"tenant_id": "9"})).status_code == 200
    tenant = fake.add("tenants", {"name": "Acme"})
    assert (await http.get("/assets", params={"tenant_id": str(tenant)})).status_code == 200
    assert (await http.get("/assets", params={"tenant_id": "9"})).status_code == 403
    assert [t["id"] for t in (await http.get("/tenants")).json()] == [tenant]


async def test_envelope_and_rate_window() -> None:
    """``envelope=True`` answers under data; past its window the fake answers 429 with Retry-After."""
    clock = FakeClock()
    fake = FakeBlueTally(envelope=True, rate_limit=RateLimit(2, 10.0), clock=clock)
    fake.add("statuses", {"name": "Ready", "type": "deployable"})
    async with httpx.AsyncClient(
        transport=fake.transport, base_url="http://x", headers={"authorization": "Bearer k"}
    ) as http:
        listed = await http.get("/statuses")
        assert listed.json() == {"data": [listed.json()["data"][0]]}
        assert (await http.get("/statuses/1")).json()["data"]["name"] == "Ready"
        limited = await http.get("/statuses")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "10"


async def test_the_client_against_the_fake_on_loopback() -> None:
    """The BlueTally client pages, checks out and reads back through a real socket."""
    fake = FakeBlueTally()
    fake.populate(assets=2100, seed=1)
    async with fake.serve() as base_url:
        from itglue_async.bluetally import BlueTally

        async with BlueTally("k", base_url=base_url) as bt:
            ids = [a.id async for a in bt.assets.list(sort="-asset_id")]
            await bt.checkout.asset(
                {"asset_id": 7, "location_id": 1, "checkout_date": "2026-02-01"}
            )
            asset = await bt.assets.get(7)
    assert ids == list(range(2100, 0, -1))
    assert asset.extra["checked_out_to"] == {"location_id": 1}
    offsets = [r.params.get("offset") for r in fake.requests if r.path == "/assets"]
    assert {"0", "1000", "2000"} <= set(offsets)
