"""The exact requests the client sends for every route are pinned in a golden file.

Each route is called with rich arguments (every filter, a sort, an include, a page size, every
body attribute) and the requests it sends (method, URL with query, headers, body bytes) are
compared with ``fixtures/wire.json``. A change to what goes on the wire shows up here first.
Regenerate deliberately with ``ITGLUE_UPDATE_WIRE=1 python -m pytest tests/generated/test_wire.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from itglue_async import ROUTES, ITGlue, Route
from itglue_async._routes import Attribute, Param

pytestmark = pytest.mark.anyio

GOLDEN = Path(__file__).parent / "fixtures" / "wire.json"
BASE = "https://api.itglue.com"
KEY = "wire-test-key"


def _scalar(spec: Param | Attribute, *, text: str = "a,b\\c") -> Any:
    if spec.enum:
        value: Any = spec.enum[-1]
        return {"true": True, "false": False}.get(value, value) if spec.type == "boolean" else value
    return {
        "string": text,
        "integer": 3,
        "number": 2.5,
        "boolean": True,
        "date": "2020-01-02",
        "datetime": "2020-01-02T03:04:05Z",
        "object": {"kept_as": "given", "n": 1},
        "array": [1, 2],
        "any": "x",
        "file": {"content": "aGk=", "file_name": "a.txt"},
    }[spec.type]


def _filters(route: Route) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, spec in sorted(route.filters.items()):
        if spec.format in ("date_range", "range"):
            value: Any = ("2020-01-01", None) if spec.format == "date_range" else (1, 9)
        elif spec.list and not spec.enum:
            value = [_scalar(spec), _scalar(spec, text="plain")]
        else:
            value = _scalar(spec)
        node = out
        parts = name.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return out


def _attributes(route: Route, operation: str) -> dict[str, Any]:
    assert route.body is not None
    out: dict[str, Any] = {}
    for name, spec in sorted(route.body.attributes.items()):
        if operation in spec.not_permitted or name == "id":
            continue
        if spec.properties:
            inner = {k: _scalar(v) for k, v in sorted(spec.properties.items())}
            out[name] = [inner] if spec.type == "array" else inner
        elif spec.nullable and spec.type not in ("string", "boolean"):
            out[name] = None
        else:
            out[name] = _scalar(spec)
    return out


async def _call(client: ITGlue, route: Route) -> None:
    resource = getattr(client, route.resource)
    method = getattr(resource, route.operation)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    if route.polymorphic:
        args += [route.path_params["resource_type"].enum[0], 3]
    if route.parent:
        kwargs[route.parent] = 5
    if route.operation in ("get", "update", "delete") or ":id" in route.path.split("/"):
        args.append(9)
    op = route.kind
    if op == "action":
        await method(*args, **kwargs)
    elif op == "list":
        if route.filters:
            kwargs["filter"] = _filters(route)
        if route.sorts:
            kwargs["sort"] = "-" + route.sorts[-1]
        if route.includes:
            kwargs["include"] = list(route.includes[:2])
        if route.page_max_number:
            kwargs.pop("sort", None)
            kwargs["filter"] = {k: v for k, v in kwargs["filter"].items() if k != "created_at"}
        await method(*args, page_size=7, **kwargs).collect()
    elif op == "get":
        if route.includes:
            kwargs["include"] = route.includes[0]
        for name, spec in route.query_params.items():
            kwargs[name] = _scalar(spec)
        await method(*args, **kwargs)
    elif op == "create":
        assert route.body is not None
        if any(a.type == "file" for a in route.body.attributes.values()):
            extra = [
                _attributes(route, "create")[k]
                for k, a in route.body.attributes.items()
                if a.type != "file"
            ]
            await method(*args, *extra, ("a b.txt", b"hello\x00world"))
            return
        for name, spec in route.query_params.items():
            kwargs[name] = _scalar(spec)
        await method(*args, _attributes(route, "create"), **kwargs)
        if route.body.array_create:
            items = [_attributes(route, "create"), {**_attributes(route, "create")}]
            await method(*args, items, **kwargs)
    elif op == "update":
        for name, spec in route.query_params.items():
            kwargs[name] = _scalar(spec)
        await method(*args, _attributes(route, "update"), **kwargs)
    elif op == "delete":
        await method(*args, **kwargs)
    elif op == "bulk_update":
        attributes = _attributes(route, "bulk_update")
        await method([{"id": 1, **attributes}, {"id": 2}], **kwargs)
        if route.filters:
            await method(attributes, filter=_filters(route), **kwargs)
    elif op == "bulk_destroy":
        await method(*args, [1, 2], **kwargs)
        if route.filters:
            await method(*args, filter=_filters(route), **kwargs)


def _answer(request: httpx.Request) -> httpx.Response:
    number = request.url.params.get("page[number]", "1")
    meta = {"current-page": int(number), "total-pages": 2}
    collection = not request.url.path.rstrip("/").split("/")[-1].isdigit()
    if request.method == "GET" and collection:
        data: Any = [{"id": "1", "type": "x", "attributes": {"created-at": "2020-01-01T00:00:00Z"}}]
        return httpx.Response(200, json={"data": data, "meta": meta})
    if request.method == "DELETE" or request.url.path.endswith("/publish"):
        return httpx.Response(204)
    sent = json.loads(request.content) if request.content else {}
    if isinstance(sent.get("data"), list) or (request.method == "PATCH" and collection):
        return httpx.Response(200, json={"data": []})
    return httpx.Response(200, json={"data": {"id": "9", "type": "x", "attributes": {}}})


def _record(request: httpx.Request) -> dict[str, Any]:
    headers = {k: v for k, v in sorted(request.headers.items()) if k not in ("user-agent", "host")}
    return {
        "method": request.method,
        "url": str(request.url),
        "headers": headers,
        "body": request.content.decode("utf-8") if request.content else None,
    }


async def _wire() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for route in ROUTES:
        sent: list[httpx.Request] = []

        def handler(request: httpx.Request, sent: list[httpx.Request] = sent) -> httpx.Response:
            sent.append(request)
            return _answer(request)

        transport = httpx.MockTransport(handler)
        async with ITGlue(KEY, base_url=BASE, rate_limit=None, transport=transport) as client:
            await _call(client, route)
        records = sorted(
            (_record(r) for r in sent), key=lambda r: (r["url"], r["body"] or "", r["method"])
        )
        out[f"{route.method} {route.path}"] = records
    return out


async def test_wire_bytes_match_the_golden_file() -> None:
    """Every route's requests (method, URL, headers, body) are byte for byte as pinned."""
    wire = await _wire()
    if os.environ.get("ITGLUE_UPDATE_WIRE"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(wire, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert set(wire) == set(golden)
    for key, records in wire.items():
        assert records == golden[key], key


@pytest.mark.parametrize("key", ["api_key_header", "bodies"])
def test_golden_file_is_meaningful(key: str) -> None:
    """The pinned requests carry the key header and real bodies, so the comparison has teeth."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    records = [r for rs in golden.values() for r in rs]
    assert len(golden) == len(ROUTES)
    if key == "api_key_header":
        assert all(r["headers"]["x-api-key"] == KEY for r in records)
    else:
        assert sum(1 for r in records if r["body"]) > 80
        assert any("filter%5B" in r["url"] and "%5C%2C" in r["url"] for r in records)
