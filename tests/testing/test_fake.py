"""FakeITGlue answers like the reference says, from the route tables, at the HTTP level."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from itglue_async import RateLimit
from itglue_async.testing import FakeITGlue, Faults, max_in_window
from tests.conftest import KEY, FakeClock

pytestmark = pytest.mark.anyio

JSONAPI = "application/vnd.api+json"


@pytest.fixture
def fake() -> FakeITGlue:
    return FakeITGlue(api_key=KEY, rate_limit=None)


@pytest.fixture
async def http(fake: FakeITGlue) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=fake.transport,
        base_url="http://127.0.0.1",
        headers={"x-api-key": KEY, "content-type": JSONAPI},
    ) as client:
        yield client


def names(response: httpx.Response) -> list[str]:
    return [item["attributes"]["name"] for item in response.json()["data"]]


def body(type_: str, **attributes: Any) -> dict[str, Any]:
    return {"data": {"type": type_, "attributes": attributes}}


async def test_list_filters_exact_or_escaped_comma_exclude_and_range(
    fake: FakeITGlue, http: httpx.AsyncClient
) -> None:
    """Filters match exactly, commas mean OR (``\\,`` is a comma), exclude and range nest."""
    for name in ("Acme", "Acme, Inc", "Beta", "Gamma"):
        fake.add("organizations", {"name": name, "organization_type_id": 2})
    got = await http.get("/organizations", params={"filter[name]": "Acme"})
    assert names(got) == ["Acme"]
    got = await http.get("/organizations", params={"filter[name]": "Acme\\, Inc,Gamma"})
    assert names(got) == ["Acme, Inc", "Gamma"]
    got = await http.get("/organizations", params={"filter[exclude][name]": "Acme,Beta"})
    assert names(got) == ["Acme, Inc", "Gamma"]
    got = await http.get("/organizations", params={"filter[id]": "2,3"})
    assert names(got) == ["Acme, Inc", "Beta"]
    for expiry in ("2026-01-01", "2026-03-01", "2026-06-01"):
        fake.add("expirations", {"expiration_date": expiry, "organization_id": 1})
    got = await http.get("/expirations", params={"filter[range][expiration_date]": "2026-02-01,*"})
    assert [i["id"] for i in got.json()["data"]] == ["2", "3"]


async def test_sort_descending_and_page_meta(fake: FakeITGlue, http: httpx.AsyncClient) -> None:
    """``-name`` sorts descending; page[number]/page[size] slice and describe the listing."""
    for index in range(7):
        fake.add("organizations", {"name": f"org-{index}"})
    got = await http.get(
        "/organizations", params={"sort": "-name", "page[size]": "3", "page[number]": "3"}
    )
    assert names(got) == ["org-0"]
    assert got.json()["meta"] == {
        "current-page": 3,
        "next-page": None,
        "prev-page": 2,
        "total-pages": 3,
        "total-count": 7,
        "filters": {},
    }
    got = await http.get("/organizations")
    assert got.json()["meta"]["total-pages"] == 1  # default page size 50


async def test_include_links_children_and_singular_targets(
    fake: FakeITGlue, http: httpx.AsyncClient
) -> None:
    """Documented includes come back in ``included`` with relationships linking to them."""
    org = fake.add("organizations", {"name": "Acme"})
    cfg = fake.add("configurations", {"name": "srv", "organization_id": org})
    first = fake.add("configuration_interfaces", {"name": "eth0"}, configuration_id=cfg)
    fake.add("configuration_interfaces", {"name": "eth1"}, configuration_id=cfg)
    fake.add("configuration_interfaces", {"name": "other"}, configuration_id=cfg + 1)
    got = await http.get(f"/configurations/{cfg}", params={"include": "configuration_interfaces"})
    document = got.json()
    linked = document["data"]["relationships"]["configuration-interfaces"]["data"]
    assert linked == [
        {"type": "configuration-interfaces", "id": str(first)},
        {"type": "configuration-interfaces", "id": str(first + 1)},
    ]
    assert [i["attributes"]["name"] for i in document["included"]] == ["eth0", "eth1"]
    location = fake.add("locations", {"name": "HQ", "organization_id": org})
    contact = fake.add("contacts", {"first_name": "A", "location_id": location})
    got = await http.get(f"/contacts/{contact}", params={"include": "location"})
    assert got.json()["included"][0]["attributes"]["name"] == "HQ"


async def test_nested_routes_scope_to_their_parent(
    fake: FakeITGlue, http: httpx.AsyncClient
) -> None:
    """A nested route lists, reads and deletes only its parent's records; unknown parent 404s."""
    one = fake.add("organizations", {"name": "one"})
    two = fake.add("organizations", {"name": "two"})
    mine = fake.add("configurations", {"name": "mine", "organization_id": one})
    theirs = fake.add("configurations", {"name": "theirs", "organization_id": two})
    got = await http.get(f"/organizations/{one}/relationships/configurations")
    assert names(got) == ["mine"]
    assert (
        await http.get(f"/organizations/{one}/relationships/configurations/{theirs}")
    ).status_code == 404
    assert (await http.get("/organizations/99/relationships/configurations")).status_code == 404
    destroy = {"data": [{"type": "configurations", "attributes": {"id": theirs}}]}
    got = await http.request(
        "DELETE", f"/organizations/{one}/relationships/configurations", json=destroy
    )
    assert got.status_code == 404
    assert fake.get("configurations", theirs) is not None
    destroy = {"data": [{"type": "configurations", "attributes": {"id": mine}}]}
    got = await http.request(
        "DELETE", f"/organizations/{one}/relationships/configurations", json=destroy
    )
    assert got.status_code == 200
    assert names(got) == ["mine"]
    assert fake.ids("configurations") == [theirs]


async def test_create_update_and_bulk_bodies(fake: FakeITGlue, http: httpx.AsyncClient) -> None:
    """Creates fill server fields; PATCH changes only given keys; bulk bodies as documented."""
    org = fake.add("organizations", {"name": "Acme"})
    got = await http.post(
        "/configurations",
        json=body(
            "configurations", name="a", **{"organization-id": org, "configuration-type-id": 1}
        ),
    )
    assert got.status_code == 201
    created = got.json()["data"]
    assert created["attributes"]["organization-name"] == "Acme"
    assert created["attributes"]["created-at"].endswith("Z")
    ident = int(created["id"])
    got = await http.patch(f"/configurations/{ident}", json=body("configurations", notes="n"))
    assert got.json()["data"]["attributes"]["name"] == "a"
    assert fake.get("configurations", ident)["notes"] == "n"  # type: ignore[index]
    bulk = {"data": [{"type": "configurations", "attributes": {"id": str(ident), "notes": None}}]}
    got = await http.patch("/configurations", json=bulk)
    assert got.status_code == 200
    assert fake.get("configurations", ident)["notes"] is None  # type: ignore[index]
    missing = {"data": [{"type": "configurations", "attributes": {"id": 999, "notes": "x"}}]}
    assert (await http.patch("/configurations", json=missing)).status_code == 404
    destroy = {"data": [{"type": "configurations", "attributes": {"id": ident}}]}
    got = await http.request(
        "DELETE", "/configurations", json=destroy, params={"filter[name]": "a"}
    )
    assert got.status_code == 422  # ids and filter never together
    got = await http.request("DELETE", "/configurations", params={"filter[name]": "a"})
    assert [i["id"] for i in got.json()["data"]] == [str(ident)]
    assert fake.count("configurations") == 0


async def test_polymorphic_attachment_hangs_on_its_record(
    fake: FakeITGlue, http: httpx.AsyncClient
) -> None:
    """A polymorphic create links the child to the record in the path; includes find it."""
    cfg = fake.add("configurations", {"name": "srv"})
    attachment = {"attachment": {"content": "aGk=", "file_name": "a.txt"}}
    got = await http.post(
        f"/configurations/{cfg}/relationships/attachments", json=body("attachments", **attachment)
    )
    assert got.status_code == 201
    stored = got.json()["data"]["attributes"]  # metadata as the API lists it, no content
    assert "attachment" not in stored
    assert stored["attachment-file-name"] == stored["name"] == "a.txt"
    assert stored["attachment-file-size"] == 2 and stored["ext"] == "txt"
    assert stored["attachment-content-type"] == "text/plain"
    assert stored["download-url"].endswith(f"/attachments/{got.json()['data']['id']}")
    got = await http.get(f"/configurations/{cfg}", params={"include": "attachments"})
    assert len(got.json()["included"]) == 1
    got = await http.post("/widgets/1/relationships/attachments", json=body("attachments"))
    assert got.status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "params", "payload", "status", "needle"),
    [
        ("GET", "/organizations/77", {}, None, 404, "77"),
        ("GET", "/nowhere", {}, None, 404, "No route"),
        ("GET", "/flexible_assets", {}, None, 422, "filter[flexible_asset_type_id]"),
        ("GET", "/logs", {"page[number]": "6"}, None, 422, "between 1 and 5"),
        ("GET", "/organizations", {"page[size]": "1001"}, None, 422, "1000"),
        ("GET", "/organizations", {"filter[colour]": "red"}, None, 400, "filter[name]"),
        ("GET", "/organizations", {"sort": "colour"}, None, 400, "valid:"),
        ("GET", "/organizations", {"include": "colour"}, None, 400, "include"),
        ("POST", "/organizations", {}, b"{not json", 400, "JSON"),
        ("POST", "/organizations", {}, {"name": "no data wrapper"}, 400, "data"),
        ("POST", "/organizations", {}, body("organizations"), 422, "name"),
        ("POST", "/organizations", {}, body("organizations", name=5), 422, "string"),
        (
            "POST",
            "/organizations",
            {},
            body("organizations", name="a", colour="red"),
            422,
            "colour",
        ),
        ("POST", "/organizations", {}, body("contacts", name="a"), 422, "type"),
    ],
)
async def test_refusals_carry_jsonapi_errors(
    http: httpx.AsyncClient,
    method: str,
    path: str,
    params: dict[str, str],
    payload: Any,
    status: int,
    needle: str,
) -> None:
    """Bad requests get the documented status and a JSON:API error naming the problem."""
    content = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    got = await http.request(
        method, path, params=params, content=content if payload is not None else None
    )
    assert got.status_code == status
    (error,) = got.json()["errors"]
    assert error["status"] == str(status)
    assert needle in error["detail"]


async def test_wrong_media_type_is_415(http: httpx.AsyncClient) -> None:
    """A body sent as application/json is refused with 415."""
    got = await http.post(
        "/organizations",
        content=json.dumps(body("organizations", name="a")),
        headers={"content-type": "application/json"},
    )
    assert got.status_code == 415


async def test_missing_or_wrong_key_is_401_and_never_logged(fake: FakeITGlue) -> None:
    """No key or another key answers 401; the request log never holds the key."""
    async with httpx.AsyncClient(transport=fake.transport, base_url="http://127.0.0.1") as http:
        assert (await http.get("/organizations")).status_code == 401
        got = await http.get("/organizations", headers={"x-api-key": "other"})
        assert got.status_code == 401
        assert (await http.get("/organizations", headers={"x-api-key": KEY})).status_code == 200
    assert [r.authenticated for r in fake.requests] == [False, False, True]
    assert KEY not in repr(fake.requests)
    assert fake.requests[2].headers["x-api-key"] == "[redacted]"


async def test_sliding_window_answers_429_with_retry_after() -> None:
    """Past n requests in the window the fake answers 429 with Retry-After, then recovers."""
    clock = FakeClock()
    fake = FakeITGlue(api_key=KEY, rate_limit=RateLimit(3, 10.0), clock=clock)
    async with httpx.AsyncClient(
        transport=fake.transport, base_url="http://127.0.0.1", headers={"x-api-key": KEY}
    ) as http:
        for _ in range(3):
            assert (await http.get("/organizations")).status_code == 200
            clock.now += 1.0
        limited = await http.get("/organizations")
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "7"
        assert limited.json()["errors"][0]["status"] == "429"
        clock.now += 7.0
        assert (await http.get("/organizations")).status_code == 200
    assert fake.max_in_window() == 3
    assert [r.outcome for r in fake.requests].count("rate_limited") == 1


async def test_scripted_and_random_faults(fake: FakeITGlue, http: httpx.AsyncClient) -> None:
    """Scripted 503s, 429s and drops happen in order; seeded random faults repeat exactly."""
    fake.faults.fail_next(1, status=503)
    fake.faults.rate_limit_next(1, retry_after=None)
    fake.faults.drop_next(1)
    assert (await http.get("/organizations")).status_code == 503
    limited = await http.get("/organizations")
    assert limited.status_code == 429
    assert "retry-after" not in limited.headers
    with pytest.raises(httpx.RemoteProtocolError):
        await http.get("/organizations")
    assert (await http.get("/organizations")).status_code == 200
    assert [r.outcome for r in fake.requests] == ["fault", "rate_limited", "dropped", "ok"]

    def outcomes(seed: int) -> list[str]:
        faults = Faults(error_rate=0.3, drop_rate=0.1, seed=seed)
        return ["none" if (f := faults.draw("GET")) is None else f.kind for _ in range(50)]

    assert outcomes(7) == outcomes(7)
    assert {"none", "status", "drop"} <= set(outcomes(7))
    assert Faults(error_rate=1.0, methods=frozenset({"GET"})).draw("POST") is None


async def test_drop_after_apply_processes_then_closes(
    fake: FakeITGlue, http: httpx.AsyncClient
) -> None:
    """A drop after apply stores the record although the client never hears back."""
    fake.faults.drop_next(1, applied=True)
    with pytest.raises(httpx.RemoteProtocolError):
        await http.post("/organizations", json=body("organizations", name="ghost"))
    assert fake.count("organizations") == 1


def test_populate_is_seeded_and_related() -> None:
    """The same seed gives the same records; children point at existing parents."""
    first, second = FakeITGlue(), FakeITGlue()
    counts = first.populate(organizations=4, configurations=30, logs=50, seed=3)
    second.populate(organizations=4, configurations=30, logs=50, seed=3)
    assert counts["configurations"] == 30
    assert counts["configuration_interfaces"] >= 30
    for ident in first.ids("configurations"):
        a, b = first.get("configurations", ident), second.get("configurations", ident)
        assert a is not None and b is not None
        a.pop("created-at"), b.pop("created-at"), a.pop("updated-at"), b.pop("updated-at")
        assert a == b
        assert first.get("organizations", a["organization-id"]) is not None
    stamps = [first.get("logs", i)["created-at"] for i in first.ids("logs")]  # type: ignore[index]
    assert len(set(stamps)) < len(stamps)  # timestamps repeat, as on a busy account
    with pytest.raises(ValueError, match="configurations"):
        first.populate(configurations=-1)


def test_max_in_window_counts_half_open_windows() -> None:
    """The window helper counts stamps in [t, t + per)."""
    assert max_in_window([0.0, 0.5, 1.0, 1.5], 1.0) == 2
    assert max_in_window([0.0, 0.1, 0.2], 1.0) == 3
    assert max_in_window([], 1.0) == 0


async def test_populate_can_seed_attachments_as_the_api_lists_them() -> None:
    """populate(attachments=N) hangs N uploads on records, found through include=attachments."""
    fake = FakeITGlue(rate_limit=None)
    added = fake.populate(
        organizations=2, configurations=8, contacts=4, passwords=4, logs=0, attachments=9, seed=5
    )
    assert added["attachments"] == 9 == fake.count("attachments")
    found = []
    async with fake.client() as client:
        for resource in ("configurations", "contacts", "passwords"):
            page = await getattr(client, resource).list(include=["attachments"])
            found += [a for m in page.items for a in m.related("attachments")]
    assert sorted(a.id for a in found) == fake.ids("attachments")
    assert all(a.attachment_file_size and a.download_url and a.name for a in found)
    with pytest.raises(ValueError, match="attachments must be a count"):
        FakeITGlue().populate(attachments=-1)
    with pytest.raises(ValueError, match="to hang on"):
        FakeITGlue().populate(configurations=0, contacts=0, passwords=0, attachments=1)


@pytest.mark.parametrize("api", ["itglue", "bluetally"])
async def test_the_fake_answers_every_documented_attribute_of_every_resource(api: str) -> None:
    """As the live API does, each record carries every attribute its model documents (null
    when it has none), for added records as for seeded ones, through every read route."""
    from itglue_async._converter import own_fields, spec_name
    from itglue_async.testing import FakeBlueTally

    fake: Any = FakeITGlue(rate_limit=None) if api == "itglue" else FakeBlueTally(rate_limit=None)
    if api == "itglue":  # parents with id 1 for every nested route
        fake.populate(organizations=1, configurations=1, contacts=1, passwords=1, logs=1,
                      flexible_assets=1, users=1, documents=1, seed=1)  # fmt: skip
    else:
        fake.populate(assets=1, employees=1, seed=1)
    dialect = fake.api.dialect
    read = [r for r in fake.api.routes if r.kind in ("get", "list")]
    checked = set()
    async with fake.client() as client:
        for route in read:
            links: dict[str, Any] = {}
            values: dict[str, Any] = {}
            if route.polymorphic:
                links = {"resource_type": "configurations", "resource_id": 1}
                values = {"resource_type": "configurations", "resource_id": 1}
            elif route.parent:
                links = {route.parent: 1}
                values = {route.parent: 1}
            ident = fake.add(route.resource, {}, **links)
            values["id"] = ident
            filters = {
                dialect.filter_label(name): "1"
                for name, spec in route.filters.items()
                if spec.required
            }
            answer = await client.request("GET", route.url(values), params=filters)
            data = answer.get("data", answer) if isinstance(answer, dict) else answer
            assert data, route
            record = data[0] if isinstance(data, list) else data
            attributes = record.get("attributes", record)
            model = fake.api.models[dialect.wire_name(route.resource)]
            documented = {dialect.wire_name(spec_name(a.name)) for a in own_fields(model)}
            assert documented <= set(attributes), (route, documented - set(attributes))
            checked.add(route.resource)
    readable = {r.resource for r in read}
    assert checked == readable and len(checked) >= (30 if api == "itglue" else 18)
