"""``FakeITGlue``: an in-memory IT Glue that answers every documented route.

The fake reads the same route tables the client is generated from: which routes exist, their
filters, sorts, includes, page limits and body attributes. No handler is written for a
particular resource; one handler per operation (list, get, create, update, delete, bulk update,
bulk destroy) serves them all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import re
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import Any

import anyio
import attrs
import httpx

from itglue_async._api import ApiDescription
from itglue_async._generated.itglue import API, ROUTES, ITGlue
from itglue_async._jsonapi import kebab as wire_name
from itglue_async._limiter import RateLimit
from itglue_async._routes import Attribute, Body, Route
from itglue_async.testing._faults import Faults, Window, max_in_window
from itglue_async.testing._query import Query, QueryError, matches, norm, parse_query, sort_key
from itglue_async.testing._store import Store

_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


_API_RATE_LIMIT = RateLimit(API.rate_limit_requests, API.rate_limit_per)


class Dropped(Exception):
    """The fake closes the connection without answering."""


class _Reply(Exception):
    """An error answer, raised from deep inside a handler."""

    def __init__(
        self, status: int, detail: str, *, pointer: str | None = None, parameter: str | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.pointer = pointer
        self.parameter = parameter


@attrs.define
class RecordedRequest:
    """One request the fake received, for assertions.

    ``headers`` never holds the API key (``x-api-key`` is replaced by ``[redacted]``);
    ``authenticated`` says whether the key matched. ``outcome`` is ``"ok"``, ``"error"``,
    ``"rate_limited"``, ``"fault"`` or ``"dropped"``.
    """

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: Any
    started: float
    route: Route | None = None
    status: int | None = None
    outcome: str = "pending"
    finished: float | None = None
    authenticated: bool = False

    @property
    def params(self) -> dict[str, str]:
        """The query as a dict (the fake refuses repeated keys, so nothing is lost)."""
        return dict(self.query)


@attrs.define
class _Matcher:
    route: Route
    pattern: re.Pattern[str]
    literals: int


def _matcher(route: Route) -> _Matcher:
    parts = []
    literals = 0
    for segment in route.path.strip("/").split("/"):
        if segment.startswith(":"):
            parts.append(f"(?P<{segment[1:]}>[^/]+)")
        else:
            parts.append(re.escape(segment))
            literals += 1
    return _Matcher(route, re.compile("^/" + "/".join(parts) + "/?$"), literals)


class FakeITGlue:
    """An in-memory IT Glue for tests and demos, built from the client's route tables.

    Use it in-process (``ITGlue(api_key=key, base_url=fake.base_url,
    transport=fake.transport)``) or over loopback HTTP (``async with fake.serve() as
    base_url:``). It enforces ``rate_limit`` as a sliding window (429 with ``Retry-After``),
    checks the ``x-api-key`` header (401 without it, or with another key when ``api_key`` is
    set), validates queries and bodies against the documented routes, and injects the
    ``faults`` you configure. Every request lands in ``requests``.
    """

    base_url = "http://127.0.0.1:8899"

    def __init__(
        self,
        *,
        api_key: str | None = None,
        rate_limit: RateLimit | None = _API_RATE_LIMIT,
        retry_after: bool = True,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        routes: Sequence[Route] = ROUTES,
        api: ApiDescription = API,
    ) -> None:
        self._api_key = api_key
        self.api = api
        self.routes = tuple(routes)
        self.rate_limit = rate_limit
        self.retry_after = retry_after
        self.faults = faults if faults is not None else Faults()
        self.clock = clock
        self.store = Store(self.routes, api.models, now)
        self._window = Window(rate_limit.requests, rate_limit.per, clock) if rate_limit else None
        self._matchers = sorted((_matcher(r) for r in self.routes), key=lambda m: -m.literals)
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.transport = FakeTransport(self)

    def __repr__(self) -> str:
        counts = sum(len(t) for t in self.store.tables.values())
        return f"<FakeITGlue records={counts} rate_limit={self.rate_limit!r}>"

    # -- data --------------------------------------------------------------------------

    def add(
        self,
        resource: str,
        attributes: Mapping[str, Any] | None = None,
        *,
        id: int | None = None,
        **links: Any,
    ) -> int:
        """Store a record of ``resource`` (snake_case or kebab-case keys); returns its id.

        Keyword arguments such as ``configuration_id=5`` or ``resource_type="configurations",
        resource_id=5`` attach it to a parent for the nested and polymorphic routes.
        """
        wire = {wire_name(k): v for k, v in (attributes or {}).items()}
        for key, value in links.items():
            if wire_name(key) in self.store.fields[self.store.check(resource)]:
                wire.setdefault(wire_name(key), value)
        return self.store.insert(resource, wire, links=links, ident=id)

    def get(self, resource: str, id: int) -> dict[str, Any] | None:
        """A copy of a record's wire attributes, or None if it does not exist."""
        record = self.store.tables[self.store.check(resource)].get(id)
        return None if record is None else dict(record)

    def ids(self, resource: str) -> list[int]:
        """The ids of every stored record of ``resource``, ascending."""
        return sorted(self.store.tables[self.store.check(resource)])

    def count(self, resource: str) -> int:
        return len(self.store.tables[self.store.check(resource)])

    def populate(self, **sizes: Any) -> dict[str, int]:
        """Fill the store with realistic, seeded data; see ``itglue_async.testing.populate``."""
        from itglue_async.testing._seed import populate

        return populate(self, **sizes)

    def client(self, **options: Any) -> ITGlue:
        """An ``ITGlue`` wired to this fake in-process, with the fake's rate limit.

        ``options`` go to the ``ITGlue`` constructor (``max_concurrency=``, ``max_retries=``...).
        """
        options.setdefault("rate_limit", self.rate_limit)
        return ITGlue(
            api_key=self._api_key or "fake-api-key",
            base_url=self.base_url,
            transport=self.transport,
            **options,
        )

    # -- observation ---------------------------------------------------------------------

    def max_in_window(self, per: float | None = None) -> int:
        """The most requests the fake accepted in any window of ``per`` seconds."""
        if self._window is None:
            stamps = [r.started for r in self.requests if r.outcome != "rate_limited"]
            return max_in_window(stamps, per or 1.0)
        return max_in_window(self._window.history, per or self._window.per)

    def clear_requests(self) -> None:
        """Forget the request log (the rate-limit window keeps counting)."""
        self.requests.clear()
        self.max_in_flight = self.in_flight

    @contextlib.asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve the fake over HTTP on loopback; yields the base URL."""
        from itglue_async.testing._server import serve

        async with serve(self, host, port) as base_url:
            yield base_url

    # -- request handling --------------------------------------------------------------

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (raises ``Dropped`` when a fault drops the connection)."""
        content = request.content
        headers = {k.lower(): v for k, v in request.headers.items()}
        key = headers.pop(self.api.auth_header, None)
        if key is not None:
            headers[self.api.auth_header] = "[redacted]"
        entry = RecordedRequest(
            method=request.method,
            path=request.url.path,
            query=list(request.url.params.multi_items()),
            headers=headers,
            body=_maybe_json(content),
            started=self.clock(),
            authenticated=bool(key) and (self._api_key is None or key == self._api_key),
        )
        self.requests.append(entry)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            delay = self.faults.delay()
            if delay:
                await anyio.sleep(delay)
            response, entry.outcome = self._answer(request, entry, content)
            entry.status = response.status_code
            return response
        except Dropped:
            entry.outcome = "dropped"
            raise
        finally:
            entry.finished = self.clock()
            self.in_flight -= 1

    def _answer(
        self, request: httpx.Request, entry: RecordedRequest, content: bytes
    ) -> tuple[httpx.Response, str]:
        if not entry.authenticated:
            detail = (
                "No API key: send it in the x-api-key header."
                if entry.headers.get(self.api.auth_header) is None
                else "The API key is not valid for this account."
            )
            return self._error(401, detail), "error"
        if self._window is not None:
            wait = self._window.admit()
            if wait is not None:
                return self._rate_limited(wait), "rate_limited"
        fault = self.faults.draw(request.method)
        if fault is not None and fault.kind == "rate_limit":
            return self._rate_limited(fault.retry_after), "rate_limited"
        if fault is not None and fault.kind == "status":
            return self._error(fault.status, "The server failed (injected fault)."), "fault"
        if fault is not None and fault.kind == "drop" and not fault.applied:
            raise Dropped
        try:
            status, body = self._dispatch(request.method, request.url.path, entry, content)
            response = self._json(status, body)
            outcome = "ok"
        except _Reply as reply:
            response = self._error(
                reply.status, reply.detail, pointer=reply.pointer, parameter=reply.parameter
            )
            outcome = "error"
        if fault is not None and fault.kind == "drop":
            raise Dropped
        return response, outcome

    def _json(
        self, status: int, body: Any, headers: Mapping[str, str] | None = None
    ) -> httpx.Response:
        out = {"content-type": self.api.dialect.media_type, **(headers or {})}
        if body is None:
            return httpx.Response(status, headers=out)
        payload = json.dumps(body, separators=(",", ":")).encode()
        return httpx.Response(status, headers=out, content=payload)

    def _error(
        self,
        status: int,
        detail: str,
        *,
        pointer: str | None = None,
        parameter: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        error: dict[str, Any] = {
            "status": str(status),
            "title": _REASONS.get(status, "Error"),
            "detail": detail,
        }
        if pointer is not None:
            error["source"] = {"pointer": pointer}
        elif parameter is not None:
            error["source"] = {"parameter": parameter}
        return self._json(status, {"errors": [error]}, headers)

    def _rate_limited(self, wait: float | None) -> httpx.Response:
        headers = {}
        if self.retry_after and wait is not None:
            headers["retry-after"] = str(max(1, math.ceil(wait)))
        return self._error(429, "Too many requests. Please try again later.", headers=headers)

    def _route(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        known_path = False
        for matcher in self._matchers:
            match = matcher.pattern.match(path)
            if match is None:
                continue
            known_path = True
            if matcher.route.method == method:
                return matcher.route, match.groupdict()
        if known_path:
            raise _Reply(404, f"{method} is not supported on {path}.")
        raise _Reply(404, f"No route matches {method} {path}.")

    def _dispatch(
        self, method: str, path: str, entry: RecordedRequest, content: bytes
    ) -> tuple[int, Any]:
        route, raw_params = self._route(method, path)
        entry.route = route
        params = self._path_params(route, raw_params)
        query = self._parse_query(route, entry.query)
        body = self._body(entry, content)
        handler: Callable[..., tuple[int, Any]] = getattr(self, f"_op_{route.operation}")
        return handler(route, params, query, body)

    def _parse_query(self, route: Route, items: list[tuple[str, str]]) -> Query:
        try:
            return parse_query(
                route,
                items,
                default_page_size=self.api.default_page_size,
                max_page_size=self.api.max_page_size,
            )
        except QueryError as exc:
            raise _Reply(exc.status, exc.detail, parameter=exc.parameter) from None

    def _path_params(self, route: Route, raw: Mapping[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, text in raw.items():
            spec = route.path_params.get(name)
            if name == "resource_type":
                if spec is not None and spec.enum and text not in spec.enum:
                    raise _Reply(
                        404,
                        f"{text!r} cannot have {route.resource}; valid resource types: "
                        f"{', '.join(spec.enum)}.",
                    )
                out[name] = text
                continue
            try:
                out[name] = int(text)
            except ValueError:
                raise _Reply(404, f"{name} {text!r} is not an id.") from None
        if route.parent:
            parent_resource = self.store.parents[route.resource][route.parent]
            if out[route.parent] not in self.store.tables[parent_resource]:
                raise _Reply(404, f"No {parent_resource} record with id {out[route.parent]}.")
        if route.polymorphic:
            owner = self.store.plural(norm(out["resource_type"]))
            if owner is not None and out["resource_id"] not in self.store.tables[owner]:
                raise _Reply(404, f"No {owner} record with id {out['resource_id']}.")
        return out

    def _body(self, entry: RecordedRequest, content: bytes) -> Any:
        """The request's JSON body (``entry.body``, parsed once on arrival), or an error."""
        if not content:
            return None
        if len(content) > self.api.payload_limit_bytes:
            raise _Reply(413, f"The body exceeds {self.api.payload_limit_bytes} bytes.")
        media = entry.headers.get("content-type", "").split(";")[0].strip()
        if media != self.api.dialect.media_type:
            raise _Reply(
                415,
                f"Send request bodies as {self.api.dialect.media_type}, not {media or 'nothing'}.",
            )
        if isinstance(entry.body, bytes):
            raise _Reply(400, "The request body is not valid JSON.")
        return entry.body

    # -- reading -------------------------------------------------------------------------

    def _selected(self, route: Route, params: Mapping[str, Any], query: Query) -> list[int]:
        store = self.store
        resource = route.resource
        ids: Iterable[int] = store.tables[resource]
        if route.parent:
            parent_id = params[route.parent]
            ids = [i for i in ids if store.belongs(resource, i, route.parent, parent_id)]
        if route.polymorphic:
            owner = self._path_owner(params)
            ids = [i for i in ids if store.owner(resource, i) == owner]
        for condition in query.conditions:
            ids = [i for i in ids if matches(condition, store.getter(resource, i))]
        selected = sorted(ids)
        for key, descending in reversed(query.sort):
            # Stable sorts from the last key to the first; missing values go last either way.
            values = {i: store.value(resource, i, key) for i in selected}
            present = [i for i in selected if values[i] is not None]
            present.sort(key=lambda i: sort_key(values[i]), reverse=descending)
            selected = present + [i for i in selected if values[i] is None]
        return selected

    def _render(self, resource: str, ident: int, query: Query | None = None) -> dict[str, Any]:
        record = self.store.tables[resource][ident]
        attributes = dict.fromkeys(self.store.fields[resource])
        attributes.update(record)
        if query is not None:
            for param, value in query.params.items():
                if param.startswith("show_") and value.lower() in ("false", "0"):
                    attributes.pop(wire_name(param[len("show_") :]), None)
        return {"id": str(ident), "type": wire_name(resource), "attributes": attributes}

    def _document(
        self, resource: str, ids: Sequence[int], query: Query | None, *, single: bool
    ) -> dict[str, Any]:
        items = [self._render(resource, i, query) for i in ids]
        document: dict[str, Any] = {"data": items[0] if single and items else items}
        if single and not items:
            document["data"] = None
        if query is not None and query.include:
            included: dict[tuple[str, int], dict[str, Any]] = {}
            for name in query.include:
                links = self._related(resource, ids, name)
                for item, ident in zip(items, ids, strict=True):
                    targets = links.get(ident, [])
                    item.setdefault("relationships", {})[wire_name(name)] = {
                        "data": [{"type": wire_name(r), "id": str(i)} for r, i in targets]
                    }
                    for target in targets:
                        if target not in included:
                            included[target] = self._render(*target)
            document["included"] = list(included.values())
        return document

    def _related(
        self, resource: str, ids: Sequence[int], name: str
    ) -> dict[int, list[tuple[str, int]]]:
        """For each of ``ids``, the records its relationship ``name`` points to."""
        store = self.store
        wanted = set(ids)
        out: dict[int, list[tuple[str, int]]] = {}
        target = store.plural(name)
        if target is None:
            return out
        parent_params = [
            p for p, parent in store.parents.get(target, {}).items() if parent == resource
        ]
        if target != name:
            # A singular name: the record an ``<name>-id`` attribute points to.
            for ident in ids:
                other = store.value(resource, ident, f"{name}_id")
                try:
                    other_id = int(other)
                except (TypeError, ValueError):
                    continue
                if other_id in store.tables[target]:
                    out[ident] = [(target, other_id)]
            return out
        for child in sorted(store.tables[target]):
            owner: Any = None
            for param in parent_params:
                value = store.value(target, child, param)
                if value is not None:
                    owner = value
                    break
            if owner is None:
                poly = store.owner(target, child)
                if poly is not None and poly[0] == resource:
                    owner = poly[1]
            try:
                owner_id = int(owner)
            except (TypeError, ValueError):
                continue
            if owner_id in wanted:
                out.setdefault(owner_id, []).append((target, child))
        return out

    def _path_owner(self, params: Mapping[str, Any]) -> tuple[str, int]:
        """The record a polymorphic path (``/:resource_type/:resource_id/...``) names."""
        kind = str(params["resource_type"])
        return self.store.plural(norm(kind)) or kind, int(params["resource_id"])

    def _one(self, route: Route, params: Mapping[str, Any], ident: int) -> int:
        if ident not in self.store.tables[route.resource]:
            raise _Reply(404, f"No {route.resource} record with id {ident}.")
        if route.parent and not self.store.belongs(
            route.resource, ident, route.parent, params[route.parent]
        ):
            raise _Reply(
                404,
                f"{route.resource} {ident} does not belong to {route.parent} "
                f"{params[route.parent]}.",
            )
        if route.polymorphic:
            owner = self._path_owner(params)
            if self.store.owner(route.resource, ident) != owner:
                raise _Reply(
                    404, f"{route.resource} {ident} does not belong to {owner[0]} {owner[1]}."
                )
        return ident

    def _op_list(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Any]:
        selected = self._selected(route, params, query)
        if query.page_size is None:
            return 200, self._document(route.resource, selected, query, single=False)
        total = len(selected)
        size = query.page_size
        pages = max(1, math.ceil(total / size))
        number = query.page_number
        chunk = selected[(number - 1) * size : number * size]
        document = self._document(route.resource, chunk, query, single=False)
        document["meta"] = {
            "current-page": number,
            "next-page": number + 1 if number < pages else None,
            "prev-page": number - 1 if number > 1 else None,
            "total-pages": pages,
            "total-count": total,
            "filters": {},
        }
        return 200, document

    def _op_get(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Any]:
        ident = self._one(route, params, params["id"])
        return 200, self._document(route.resource, [ident], query, single=True)

    # -- writing -------------------------------------------------------------------------

    def _resources(self, spec: Body, body: Any, *, many: bool | None) -> list[dict[str, Any]]:
        """The resource objects of a body: ``many`` True wants an array, False one object."""
        if not isinstance(body, Mapping) or "data" not in body:
            raise _Reply(400, "The body must be a JSON object with a data member.", pointer="/data")
        data = body["data"]
        if isinstance(data, list):
            if many is False:
                raise _Reply(400, "data must be a single resource object here.", pointer="/data")
            if not data:
                raise _Reply(422, "data must hold at least one resource object.", pointer="/data")
            items = data
        else:
            if many is True:
                raise _Reply(400, "data must be an array of resource objects.", pointer="/data")
            items = [data]
        for index, item in enumerate(items):
            where = f"/data/{index}" if isinstance(data, list) else "/data"
            if not isinstance(item, Mapping):
                raise _Reply(400, "Each resource object must be a JSON object.", pointer=where)
            if norm(str(item.get("type", ""))) != norm(spec.type):
                raise _Reply(
                    422,
                    f"type must be {spec.type!r}, got {item.get('type')!r}.",
                    pointer=f"{where}/type",
                )
            if not isinstance(item.get("attributes", {}), Mapping):
                raise _Reply(422, "attributes must be an object.", pointer=f"{where}/attributes")
        return [dict(item) for item in items]

    def _attributes(
        self,
        specs: Mapping[str, Attribute],
        values: Mapping[str, Any],
        *,
        operation: str,
        nested: bool,
        pointer: str,
    ) -> dict[str, Any]:
        """Check wire attributes against the documented ones; returns them kebab-cased."""
        by_name = {norm(k): (k, s) for k, s in specs.items()}
        out: dict[str, Any] = {}
        for key, value in values.items():
            found = by_name.get(norm(key))
            where = f"{pointer}/{key}"
            if found is None:
                valid = ", ".join(sorted(wire_name(k) for k in specs))
                raise _Reply(
                    422, f"{key} is not a permitted attribute; permitted: {valid}.", pointer=where
                )
            name, spec = found
            if operation in spec.not_permitted:
                raise _Reply(422, f"{key} is not permitted in PUT/PATCH.", pointer=where)
            if value is None:
                if not spec.nullable and name != "id":
                    raise _Reply(422, f"{key} cannot be null.", pointer=where)
            else:
                _check_type(spec, value, where)
                if spec.properties and isinstance(value, Mapping):
                    value = self._attributes(
                        spec.properties, value, operation=operation, nested=nested, pointer=where
                    )
            out[wire_name(name)] = value
        if operation == "create" or not pointer.endswith("/attributes"):
            given = {norm(k) for k in values}
            for name, spec in specs.items():
                needed = spec.required and not (spec.required_unless_nested and nested)
                if needed and norm(name) not in given:
                    raise _Reply(
                        422,
                        f"{wire_name(name)} can't be blank.",
                        pointer=f"{pointer}/{wire_name(name)}",
                    )
        if operation == "bulk_update" and out.get("id") is None:
            raise _Reply(422, "Every bulk update item needs its id.", pointer=f"{pointer}/id")
        return out

    def _checked_create(
        self, route: Route, item: Mapping[str, Any], where: str
    ) -> tuple[dict[str, Any], list[tuple[str, str, dict[str, Any]]]]:
        """One create item's attributes and the child records it carries, validated."""
        assert route.body is not None
        plain = {k: s for k, s in route.body.attributes.items() if s.location != "relationships"}
        values = self._attributes(
            plain,
            item.get("attributes") or {},
            operation="create",
            nested=route.nested,
            pointer=f"{where}/attributes",
        )
        values.pop("id", None)
        return values, self._children(route, item, where)

    def _store_created(
        self,
        route: Route,
        params: Mapping[str, Any],
        values: dict[str, Any],
        children: list[tuple[str, str, dict[str, Any]]],
    ) -> int:
        links: dict[str, Any] = {}
        if route.parent:
            links[route.parent] = params[route.parent]
            if wire_name(route.parent) in self.store.fields[route.resource]:
                values[wire_name(route.parent)] = params[route.parent]
        if route.polymorphic:
            links["resource_type"] = params["resource_type"]
            links["resource_id"] = params["resource_id"]
        ident = self.store.insert(route.resource, values, links=links)
        for child_resource, param, attributes in children:
            self.store.insert(
                child_resource, {**attributes, wire_name(param): ident}, links={param: ident}
            )
        return ident

    def _children(
        self, route: Route, item: Mapping[str, Any], where: str
    ) -> list[tuple[str, str, dict[str, Any]]]:
        """Records sent under ``relationships`` on create (flexible asset type fields)."""
        assert route.body is not None
        out = []
        relationships = item.get("relationships") or {}
        for name, spec in route.body.attributes.items():
            if spec.location != "relationships":
                continue
            key = wire_name(spec.relationship or name)
            link = relationships.get(key) or relationships.get(norm(key))
            if link is None:
                if spec.required:
                    raise _Reply(
                        422,
                        f"relationships/{key} is required.",
                        pointer=f"{where}/relationships/{key}",
                    )
                continue
            child_resource = self.store.plural(norm(spec.item_type or name)) or norm(name)
            param = next(
                (
                    p
                    for p, parent in self.store.parents.get(child_resource, {}).items()
                    if parent == route.resource
                ),
                f"{norm(route.resource)}_id",
            )
            for index, child in enumerate(link.get("data") or []):
                pointer = f"{where}/relationships/{key}/data/{index}/attributes"
                attributes = self._attributes(
                    spec.properties,
                    child.get("attributes") or {},
                    operation="create",
                    nested=True,
                    pointer=pointer,
                )
                out.append((child_resource, param, attributes))
        return out

    def _op_create(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Any]:
        assert route.body is not None
        many = None if route.body.array_create else False
        items = self._resources(route.body, body, many=many)
        is_array = isinstance(body["data"], list)
        # Validate every item before storing any: a bad item fails the whole request.
        checked = [
            self._checked_create(route, item, f"/data/{index}" if is_array else "/data")
            for index, item in enumerate(items)
        ]
        ids = [self._store_created(route, params, values, kids) for values, kids in checked]
        return 201, self._document(route.resource, ids, query, single=not is_array)

    def _op_update(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Any]:
        assert route.body is not None
        ident = self._one(route, params, params["id"])
        (item,) = self._resources(route.body, body, many=False)
        if item.get("relationships"):
            raise _Reply(
                422, "relationships cannot be updated here.", pointer="/data/relationships"
            )
        given = dict(item.get("attributes") or {})
        # The URL names the record; an id in the body may repeat it, nothing more.
        if "id" in given and str(given.pop("id")) != str(ident):
            raise _Reply(
                422,
                "The id in the body differs from the id in the URL.",
                pointer="/data/attributes/id",
            )
        values = self._attributes(
            route.body.attributes,
            given,
            operation="update",
            nested=route.nested,
            pointer="/data/attributes",
        )
        self.store.update(route.resource, ident, values)
        return 200, self._document(route.resource, [ident], query, single=True)

    def _op_bulk_update(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Any]:
        assert route.body is not None
        if query.conditions:
            # One set of attributes applied to every record matching the filter.
            (item,) = self._resources(route.body, body, many=False)
            values = self._attributes(
                route.body.attributes,
                item.get("attributes") or {},
                operation="update",
                nested=False,
                pointer="/data/attributes",
            )
            if "id" in values:
                raise _Reply(
                    422, "An id cannot be combined with a filter.", pointer="/data/attributes/id"
                )
            ids = self._selected(route, params, query)
            for ident in ids:
                self.store.update(route.resource, ident, values)
            return 200, self._document(route.resource, ids, query, single=False)
        items = self._resources(route.body, body, many=True)
        changes: list[tuple[int, dict[str, Any]]] = []
        for index, item in enumerate(items):
            if item.get("relationships"):
                raise _Reply(
                    422,
                    "Bulk updates cannot carry relationships.",
                    pointer=f"/data/{index}/relationships",
                )
            values = self._attributes(
                route.body.attributes,
                item.get("attributes") or {},
                operation="bulk_update",
                nested=False,
                pointer=f"/data/{index}/attributes",
            )
            ident = _int_id(values.pop("id"), f"/data/{index}/attributes/id")
            changes.append((ident, values))
        missing = [i for i, _ in changes if i not in self.store.tables[route.resource]]
        if missing:
            raise _Reply(404, f"No {route.resource} records with ids {missing}.")
        for ident, values in changes:
            self.store.update(route.resource, ident, values)
        return 200, self._document(route.resource, [i for i, _ in changes], query, single=False)

    def _op_delete(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Any]:
        ident = self._one(route, params, params["id"])
        if body is not None and route.body is not None:
            for index, item in enumerate(self._resources(route.body, body, many=True)):
                other = _int_id(
                    (item.get("attributes") or {}).get("id"), f"/data/{index}/attributes/id"
                )
                if other != ident:
                    raise _Reply(
                        422,
                        "The body names another record than the URL.",
                        pointer=f"/data/{index}/attributes/id",
                    )
        document = self._document(route.resource, [ident], None, single=True)
        self.store.delete(route.resource, ident)
        if route.body is None:
            return 204, None  # as documented for the single deletes
        return 200, document

    def _op_bulk_destroy(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Any]:
        assert route.body is not None
        if body is not None and query.conditions:
            raise _Reply(
                422, "A body of ids cannot be used in combination with filter.", parameter="filter"
            )
        if body is None:
            if not query.conditions:
                raise _Reply(
                    400, "Send the ids to delete in the body, or a filter.", pointer="/data"
                )
            ids = self._selected(route, params, query)
        else:
            ids = []
            for index, item in enumerate(self._resources(route.body, body, many=True)):
                ids.append(
                    _int_id(
                        (item.get("attributes") or {}).get("id"), f"/data/{index}/attributes/id"
                    )
                )
            for ident in ids:
                self._one(route, params, ident)
        document = self._document(route.resource, ids, None, single=False)
        for ident in ids:
            if ident in self.store.tables[route.resource]:
                self.store.delete(route.resource, ident)
        return 200, document


def _int_id(value: Any, pointer: str) -> int:
    if isinstance(value, bool) or value is None:
        raise _Reply(422, "id must be a number.", pointer=pointer)
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _Reply(422, f"id must be a number, got {value!r}.", pointer=pointer) from None


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "date": (str,),
    "datetime": (str,),
    "object": (dict,),
    "array": (list,),
}


def _check_type(spec: Attribute, value: Any, pointer: str) -> None:
    ok = True
    expected = _TYPES.get(spec.type)
    if expected is not None:
        ok = isinstance(value, expected)
        if spec.type in ("integer", "number") and isinstance(value, bool):
            ok = False
        if spec.type == "integer" and isinstance(value, str) and value.isdigit():
            ok = True  # the docs' own examples send ids as strings
        if spec.type == "boolean" and value in (0, 1, "true", "false", "1", "0"):
            ok = True
    if not ok:
        raise _Reply(
            422,
            f"{pointer.rsplit('/', 1)[-1]} must be a {spec.type}, got {type(value).__name__}.",
            pointer=pointer,
        )
    if spec.enum and str(value) not in spec.enum and value not in spec.enum:
        raise _Reply(
            422,
            f"{pointer.rsplit('/', 1)[-1]} must be one of: {', '.join(spec.enum)}.",
            pointer=pointer,
        )


def _maybe_json(content: bytes) -> Any:
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content


class FakeTransport(httpx.AsyncBaseTransport):
    """An httpx transport that hands every request to a ``FakeITGlue`` in the same process."""

    def __init__(self, fake: FakeITGlue) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        try:
            return await self._fake.handle(request)
        except Dropped:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None


__all__ = ["Dropped", "FakeITGlue", "FakeTransport", "RecordedRequest"]
