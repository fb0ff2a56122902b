"""Every generated route is callable through the public client and sends its method and path."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
import respx

from itglue_async import ROUTES, ITGlue, Route
from itglue_async._generated.itglue.routes import ROUTES as GENERATED

pytestmark = pytest.mark.anyio

BASE = "https://api.itglue.com"


def _value(param: Any) -> Any:
    if param.enum:
        return param.enum[0]
    return 7


def _minimal_body(route: Route) -> dict[str, Any]:
    assert route.body is not None
    nested = bool(route.parent or route.polymorphic)
    out: dict[str, Any] = {}
    for name, spec in route.body.attributes.items():
        needed = spec.required and not (spec.required_unless_nested and nested)
        if not needed or route.operation != "create":
            continue
        out[name] = {
            "string": spec.enum[0] if spec.enum else "x",
            "integer": 1,
            "boolean": True,
            "object": {k: (p.enum[0] if p.enum else 1) for k, p in spec.properties.items()},
            "array": [],
            "file": {"content": "aGk=", "file_name": "a"},
        }.get(spec.type, "x")
        if spec.type == "array" and spec.properties:
            out[name] = []
    return out


async def _call(client: ITGlue, route: Route) -> None:
    resource = getattr(client, route.resource)
    method = getattr(resource, route.operation)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    if route.polymorphic:
        args += [_value(route.path_params["resource_type"]), 3]
    if route.parent:
        kwargs[route.parent] = 5
    if route.operation in ("get", "update", "delete") or ":id" in route.path.split("/"):
        args.append(9)
    if route.kind == "action":
        await method(*args, **kwargs)
    elif route.operation == "list":
        filters = {k: 1 for k, p in route.filters.items() if p.required}
        if filters:
            kwargs["filter"] = filters
        await method(*args, **kwargs)
    elif route.operation == "get":
        await method(*args, **kwargs)
    elif route.operation == "create":
        if route.body is not None and any(a.type == "file" for a in route.body.attributes.values()):
            extra = [
                _minimal_body(route)[k]
                for k, a in route.body.attributes.items()
                if a.type != "file"
            ]
            await method(*args, *extra, ("a.txt", b"hi"))
        else:
            await method(*args, _minimal_body(route), **kwargs)
    elif route.operation == "update":
        await method(*args, {}, **kwargs)
    elif route.operation == "delete":
        await method(*args, **kwargs)
    elif route.operation == "bulk_update":
        await method([{"id": 1}], **kwargs)
    elif route.operation == "bulk_destroy":
        await method(*args, [1, 2], **kwargs)


def _answer(route: Route, request: httpx.Request) -> httpx.Response:
    """A well-formed answer of the route's shape: a list, one record, or nothing."""
    if route.operation == "delete" or route.kind == "action":
        return httpx.Response(204)
    sent = json.loads(request.content) if request.content else {}
    many = route.operation in ("list", "bulk_update", "bulk_destroy") or isinstance(
        sent.get("data"), list
    )
    one = {"id": "9", "type": route.resource, "attributes": {}}
    return httpx.Response(200, json={"data": [] if many else one, "meta": {"total-pages": 1}})


def _expected_path(route: Route) -> str:
    values = {
        "resource_type": _value(route.path_params.get("resource_type"))
        if route.polymorphic
        else None,
        "resource_id": 3,
        "id": 9,
    }
    if route.parent:
        values[route.parent] = 5
    return route.url(values)


def test_routes_are_complete() -> None:
    """ROUTES holds the 159 documented routes and the added ones, marked, all distinct."""
    assert ROUTES is GENERATED
    assert len({(r.method, r.path) for r in ROUTES if r.documented}) == 159
    added = [r for r in ROUTES if not r.documented]
    assert len(added) == 17 and all(r.source and r.confidence for r in added)
    assert len({(r.method, r.path) for r in ROUTES}) == len(ROUTES)
    for route in ROUTES:
        assert route.kind in {
            "list",
            "get",
            "create",
            "update",
            "delete",
            "bulk_update",
            "bulk_destroy",
            "action",
        }
        assert re.fullmatch(r"(/[:\w]+)+", route.path)


@pytest.mark.parametrize("route", ROUTES, ids=[f"{r.method} {r.path}" for r in ROUTES])
async def test_route_sends_its_method_and_path(route: Route) -> None:
    """Calling the route's verb with minimal valid arguments sends exactly its method and path."""
    async with ITGlue("k", base_url=BASE, rate_limit=None) as client:
        with respx.mock(base_url=BASE, assert_all_called=False) as mock:
            mock.route().mock(side_effect=lambda request: _answer(route, request))
            await _call(client, route)
            assert len(mock.calls) == 1
            request: httpx.Request = mock.calls[0].request
            assert request.method == route.method
            assert request.url.path == _expected_path(route)
