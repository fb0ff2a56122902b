"""Every BlueTally route is callable through the public client and sends its documented shape."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest

from itglue_async import BaseModel
from itglue_async._routes import Attribute, Param
from itglue_async.bluetally import ROUTES, BlueTally
from itglue_async.bluetally import models as bt_models

pytestmark = pytest.mark.anyio

BASE = "https://app.bluetallyapp.com/api/v1"
KEY = "bt-secret-token"


def _value(spec: Param | Attribute) -> Any:
    if spec.enum:
        return spec.enum[-1]
    return {
        "string": "s",
        "integer": 4,
        "boolean": True,
        "date": dt.date(2026, 1, 5),
        "array": [{"name": "Color", "value": "red"}],
    }.get(spec.type, "x")


def _call(client: BlueTally, route: Any) -> Any:
    resource = getattr(client, route.resource)
    method = getattr(resource, route.operation)
    if route.kind == "list":
        kwargs: dict[str, Any] = {"page_size": 3}
        if route.filters:
            name, spec = sorted(route.filters.items())[0]
            kwargs["filter"] = {name: _value(spec)}
        if route.sorts:
            kwargs["sort"] = "-" + route.sorts[0]
        return method(**kwargs)
    if route.kind in ("get", "delete"):
        return method(9)
    body = {
        k: _value(s) for k, s in route.body.attributes.items() if s.required or k == "custom_fields"
    }
    if route.kind == "update":
        return method(9, body or _first_attribute(route))
    return method(body)


def _expected_body(route: Any) -> dict[str, Any]:
    out = {}
    for name, spec in route.body.attributes.items():
        if spec.required or name == "custom_fields":
            value = _value(spec)
            out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out if out or route.kind != "update" else _first_attribute(route)


def _first_attribute(route: Any) -> dict[str, Any]:
    """An update's first attribute, set to null (which clears it)."""
    return {sorted(route.body.attributes)[0]: None}


RESOURCES = [
    "accessories",
    "activity",
    "assets",
    "audits",
    "categories",
    "checkin",
    "checkout",
    "components",
    "consumables",
    "departments",
    "depreciations",
    "employees",
    "licenses",
    "locations",
    "maintenances",
    "manufacturers",
    "products",
    "statuses",
    "suppliers",
    "tenants",
]


def test_there_are_91_routes_with_models() -> None:
    """ROUTES has the 91 routes of the 20 resources; each resource has a model."""
    assert len({(r.method, r.path) for r in ROUTES}) == 91
    assert {r.resource for r in ROUTES} == set(RESOURCES)
    for name in ("Asset", "Employee", "License", "Tenant", "Activity", "Accessory", "Status"):
        assert issubclass(getattr(bt_models, name), BaseModel)
    checkout = {r.operation for r in ROUTES if r.resource == "checkout"}
    assert checkout == {"asset", "accessory", "component", "consumable", "license"}


@pytest.mark.parametrize("route", ROUTES, ids=[f"{r.method} {r.path}" for r in ROUTES])
async def test_route_sends_its_documented_request(route: Any) -> None:
    """Method, path, Bearer token, tenant, query and flat JSON body are as documented."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "DELETE":
            return httpx.Response(204)
        if route.kind == "list":
            return httpx.Response(200, json=[{"id": 1}])
        return httpx.Response(200, json={"id": 9})

    transport = httpx.MockTransport(answer)
    async with BlueTally(KEY, tenant_id=12, rate_limit=None, transport=transport) as client:
        result = _call(client, route)
        await result
    (request,) = sent
    assert request.method == route.method
    assert request.url.path == "/api/v1" + route.url({"id": 9})
    assert request.headers["authorization"] == f"Bearer {KEY}"
    params = dict(request.url.params)
    assert params.pop("tenant_id") == "12"
    if route.kind == "list":
        if route.paginated:
            assert (params.pop("limit"), params.pop("offset")) == ("3", "0")
        if route.sorts:
            assert (params.pop("sort"), params.pop("order")) == (route.sorts[0], "desc")
        if route.filters:
            name = sorted(route.filters)[0]
            assert name in params
            params.pop(name)
    assert params == {}
    if route.kind in ("create", "update", "action"):
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == _expected_body(route)
    else:
        assert not request.content
