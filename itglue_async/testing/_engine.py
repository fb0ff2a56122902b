"""The fake API engine: routing, auth, the rate window, faults, the request log and one handler
per operation, read from the generated route tables.

No handler is written for a particular resource, and none knows a wire format: a ``Wire``
reads each request's query and body and writes each answer. ``FakeITGlue`` is this engine
with IT Glue's route tables and the JSON:API wire.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import re
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import anyio
import attrs
import httpx

from itglue_async._api import ApiDescription
from itglue_async._client import BaseClient
from itglue_async._limiter import RateLimit
from itglue_async._routes import Attribute, Route
from itglue_async.testing._faults import Dropped, Faults, Window, max_in_window
from itglue_async.testing._query import matches, norm, sort_key
from itglue_async.testing._store import Store
from itglue_async.testing._wire import Answer, Item, PageInfo, Query, Record, Reply, Wire

REASONS = {
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


@attrs.define
class RecordedRequest:
    """One request the fake received, for assertions.

    ``headers`` never holds the API key (its header reads ``[redacted]``); ``authenticated``
    says whether the key matched. ``outcome`` is ``"ok"``, ``"error"``, ``"rate_limited"``,
    ``"fault"`` or ``"dropped"``.
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


Children = list[tuple[str, str, dict[str, Any]]]


C = TypeVar("C", bound=BaseClient)


class FakeAPI(Generic[C]):
    """An in-memory API built from its route tables, answering in ``wire``'s format.

    Use it in-process (``transport``, or ``client()``) or over loopback HTTP
    (``async with fake.serve() as base_url:``). It enforces ``rate_limit`` as a sliding window
    (429 with ``Retry-After``), checks the API key header (401 without it, or with another key
    when ``api_key`` is set), validates queries and bodies against the documented routes, and
    injects the ``faults`` you configure. Every request lands in ``requests``.
    """

    base_url = "http://127.0.0.1:8899"

    def __init__(
        self,
        *,
        api: ApiDescription,
        routes: Sequence[Route],
        wire: Wire,
        client_class: type[C],
        api_key: str | None = None,
        rate_limit: RateLimit | None = None,
        retry_after: bool = True,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._api_key = api_key
        self._client_class = client_class
        self.api = api
        self.wire = wire
        self.routes = tuple(routes)
        self.rate_limit = rate_limit
        self.retry_after = retry_after
        self.faults = faults if faults is not None else Faults()
        self.clock = clock
        self.store = Store(self.routes, api.models, now, wire.name)
        self._window = Window(rate_limit.requests, rate_limit.per, clock) if rate_limit else None
        self._matchers = sorted((_matcher(r) for r in self.routes), key=lambda m: -m.literals)
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.transport = FakeTransport(self)

    def client(self, **options: Any) -> C:
        """A client of this API wired to the fake in-process, with the fake's rate limit.

        ``options`` go to the client's constructor (``max_concurrency=``, ``max_retries=``...).
        """
        options.setdefault("rate_limit", self.rate_limit)
        return self._client_class(
            api_key=self._api_key or "fake-api-key",
            base_url=self.base_url,
            transport=self.transport,
            **options,
        )

    def __repr__(self) -> str:
        counts = sum(len(t) for t in self.store.tables.values())
        return f"<{type(self).__name__} records={counts} rate_limit={self.rate_limit!r}>"

    # -- data --------------------------------------------------------------------------

    def add(
        self,
        resource: str,
        attributes: Mapping[str, Any] | None = None,
        *,
        id: int | None = None,
        **links: Any,
    ) -> int:
        """Store a record of ``resource`` (attribute names in Python or wire spelling).

        Returns its id. Keyword arguments such as ``configuration_id=5`` or
        ``resource_type="configurations", resource_id=5`` attach it to a parent for the nested
        and polymorphic routes.
        """
        name = self.wire.name
        wire = {name(norm(k)): v for k, v in (attributes or {}).items()}
        for key, value in links.items():
            if name(key) in self.store.fields[self.store.check(resource)]:
                wire.setdefault(name(key), value)
        return self.store.insert(resource, wire, links=links, ident=id)

    def get(self, resource: str, id: int) -> dict[str, Any] | None:
        """A copy of a record's wire attributes, or None if it does not exist."""
        record = self.store.tables[self.store.check(resource)].get(id)
        return None if record is None else dict(record)

    def ids(self, resource: str) -> list[int]:
        """The ids of every stored record of ``resource``, ascending."""
        return sorted(self.store.tables[self.store.check(resource)])

    def count(self, resource: str) -> int:
        """How many records of ``resource`` are stored."""
        return len(self.store.tables[self.store.check(resource)])

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

        limit = self.api.payload_limit_bytes * 2
        async with serve(self.handle, host, port, body_limit=limit) as base_url:
            yield base_url

    # -- request handling --------------------------------------------------------------

    def _key_of(self, headers: dict[str, str]) -> str | None:
        header = self.api.auth_header.lower()
        value = headers.pop(header, None)
        if value is None:
            return None
        headers[header] = "[redacted]"
        scheme = self.api.auth_scheme
        if scheme:
            prefix, _, rest = value.partition(" ")
            return rest if prefix.lower() == scheme.lower() else ""
        return value

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (raises ``Dropped`` when a fault drops the connection)."""
        content = request.content
        headers = {k.lower(): v for k, v in request.headers.items()}
        key = self._key_of(headers)
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
            header = self.api.auth_header
            detail = (
                f"No API key: send it in the {header} header."
                if entry.headers.get(header.lower()) is None
                else "The API key is not valid for this account."
            )
            return self._error(Reply(401, detail)), "error"
        if self._window is not None:
            wait = self._window.admit()
            if wait is not None:
                return self._rate_limited(wait), "rate_limited"
        fault = self.faults.draw(request.method)
        if fault is not None and fault.kind == "rate_limit":
            return self._rate_limited(fault.retry_after), "rate_limited"
        if fault is not None and fault.kind == "status":
            return self._error(Reply(fault.status, "The server failed (injected fault).")), "fault"
        if fault is not None and fault.kind == "drop" and not fault.applied:
            raise Dropped
        if fault is not None and fault.kind == "html":
            page = b"<html><body><h1>Down for maintenance</h1></body></html>"
            headers = {"content-type": "text/html; charset=utf-8"}
            return httpx.Response(fault.status, headers=headers, content=page), "fault"
        if fault is not None and fault.kind == "redirect":
            return httpx.Response(fault.status, headers={"location": fault.location}), "fault"
        try:
            status, answer = self._dispatch(request.method, request.url.path, entry, content)
            body = None if answer is None else self.wire.render(answer)
            response = self._json(status, body)
            outcome = "ok"
        except Reply as reply:
            response = self._error(reply)
            outcome = "error"
        if fault is not None and fault.kind == "drop":
            raise Dropped
        if fault is not None and fault.kind == "truncate":
            cut = response.content[: len(response.content) // 2]
            kept = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
            response = httpx.Response(response.status_code, headers=kept, content=cut)
            outcome = "fault"
        return response, outcome

    def _json(
        self, status: int, body: Any, headers: Mapping[str, str] | None = None
    ) -> httpx.Response:
        out = {"content-type": self.wire.media_type, **(headers or {})}
        if body is None:
            return httpx.Response(status, headers=out)
        payload = json.dumps(body, separators=(",", ":")).encode()
        return httpx.Response(status, headers=out, content=payload)

    def _error(self, reply: Reply, headers: Mapping[str, str] | None = None) -> httpx.Response:
        title = REASONS.get(reply.status, "Error")
        return self._json(reply.status, self.wire.error(reply.status, title, reply), headers)

    def _rate_limited(self, wait: float | None) -> httpx.Response:
        headers = {}
        if self.retry_after and wait is not None:
            headers["retry-after"] = str(max(1, math.ceil(wait)))
        return self._error(Reply(429, "Too many requests. Please try again later."), headers)

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
            raise Reply(404, f"{method} is not supported on {path}.")
        raise Reply(404, f"No route matches {method} {path}.")

    def _dispatch(
        self, method: str, path: str, entry: RecordedRequest, content: bytes
    ) -> tuple[int, Answer | None]:
        route, raw_params = self._route(method, path)
        entry.route = route
        params = self._path_params(route, raw_params)
        query = self.wire.parse_query(
            route,
            entry.query,
            default_page_size=self.api.default_page_size,
            max_page_size=self.api.max_page_size,
        )
        self.admit(route, query)
        body = self._body(entry, content)
        handler: Callable[..., tuple[int, Answer | None]] = getattr(self, f"_op_{route.kind}")
        return handler(route, params, query, body)

    def admit(self, route: Route, query: Query) -> None:
        """Refuse (raise ``Reply``) a request the API would refuse before any handler runs."""

    def _path_params(self, route: Route, raw: Mapping[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, text in raw.items():
            spec = route.path_params.get(name)
            if name == "resource_type":
                if spec is not None and spec.enum and text not in spec.enum:
                    raise Reply(
                        404,
                        f"{text!r} cannot have {route.resource}; valid resource types: "
                        f"{', '.join(spec.enum)}.",
                    )
                out[name] = text
                continue
            try:
                out[name] = int(text)
            except ValueError:
                raise Reply(404, f"{name} {text!r} is not an id.") from None
        if route.parent:
            parent_resource = self.store.parents[route.resource][route.parent]
            if out[route.parent] not in self.store.tables[parent_resource]:
                raise Reply(404, f"No {parent_resource} record with id {out[route.parent]}.")
        if route.polymorphic:
            owner = self.store.plural(norm(out["resource_type"]))
            if owner is not None and out["resource_id"] not in self.store.tables[owner]:
                raise Reply(404, f"No {owner} record with id {out['resource_id']}.")
        return out

    def _body(self, entry: RecordedRequest, content: bytes) -> Any:
        """The request's JSON body (``entry.body``, parsed once on arrival), or an error."""
        if not content:
            return None
        if len(content) > self.api.payload_limit_bytes:
            raise Reply(413, f"The body exceeds {self.api.payload_limit_bytes} bytes.")
        media = entry.headers.get("content-type", "").split(";")[0].strip()
        if media != self.wire.media_type:
            raise Reply(
                415, f"Send request bodies as {self.wire.media_type}, not {media or 'nothing'}."
            )
        if isinstance(entry.body, bytes):
            raise Reply(400, "The request body is not valid JSON.")
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
        given = {c.key for c in query.conditions}
        for key, value in route.implicit_filters.items():
            # What the API applies when the caller does not send this filter at all.
            if key not in given:
                ids = [i for i in ids if store.value(resource, i, key) == value]
        selected = sorted(ids)
        for key, descending in reversed(query.sort):
            # Stable sorts from the last key to the first; missing values go last either way.
            values = {i: store.value(resource, i, key) for i in selected}
            present = [i for i in selected if values[i] is not None]
            present.sort(key=lambda i: sort_key(values[i]), reverse=descending)
            selected = present + [i for i in selected if values[i] is None]
        return selected

    def _record(self, resource: str, ident: int, query: Query | None = None) -> Record:
        stored = self.store.tables[resource][ident]
        attributes = dict.fromkeys(self.store.fields[resource])
        attributes.update(stored)
        link = self.wire.name("resource_url")
        if link in attributes and attributes[link] is None:
            # Where the record opens in the product's web app, as the live API answers.
            attributes[link] = f"{self.base_url}/{resource}/{ident}"
        if query is not None:
            for param, value in query.params.items():
                if param.startswith("show_") and value.lower() in ("false", "0"):
                    attributes.pop(self.wire.name(param[len("show_") :]), None)
        return Record(resource, ident, attributes)

    def _answer_for(
        self,
        resource: str,
        ids: Sequence[int],
        query: Query | None,
        *,
        single: bool,
        page: PageInfo | None = None,
    ) -> Answer:
        records = [self._record(resource, i, query) for i in ids]
        if query is None or not query.include:
            return Answer(records, single, None, page)
        included: dict[tuple[str, int], Record] = {}
        linked: list[dict[str, list[tuple[str, int]]]] = [{} for _ in ids]
        for name in query.include:
            links = self._related(resource, ids, name)
            for position, ident in enumerate(ids):
                targets = links.get(ident, [])
                linked[position][name] = targets
                for target in targets:
                    if target not in included:
                        included[target] = self._record(*target)
        records = [attrs.evolve(r, links=links) for r, links in zip(records, linked, strict=True)]
        return Answer(records, single, list(included.values()), page)

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
            # A singular name: the record an ``<name>_id`` attribute points to.
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
            raise Reply(404, f"No {route.resource} record with id {ident}.")
        if route.parent and not self.store.belongs(
            route.resource, ident, route.parent, params[route.parent]
        ):
            raise Reply(
                404,
                f"{route.resource} {ident} does not belong to {route.parent} "
                f"{params[route.parent]}.",
            )
        if route.polymorphic:
            owner = self._path_owner(params)
            if self.store.owner(route.resource, ident) != owner:
                raise Reply(
                    404, f"{route.resource} {ident} does not belong to {owner[0]} {owner[1]}."
                )
        return ident

    def _op_list(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Answer]:
        selected = self._selected(route, params, query)
        if query.limit is None:
            return 200, self._answer_for(route.resource, selected, query, single=False)
        chunk = selected[query.offset : query.offset + query.limit]
        page = PageInfo(query.offset, query.limit, len(selected))
        return 200, self._answer_for(route.resource, chunk, query, single=False, page=page)

    def _op_get(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Answer]:
        ident = self._one(route, params, params["id"])
        return 200, self._answer_for(route.resource, [ident], query, single=True)

    # -- writing -------------------------------------------------------------------------

    def _attributes(
        self,
        specs: Mapping[str, Attribute],
        values: Mapping[str, Any],
        *,
        operation: str,
        nested: bool,
        pointer: str,
        whole: bool = False,
    ) -> dict[str, Any]:
        """Check attributes against the documented ones; returns them in wire spelling.

        ``whole`` says the values are a nested object (every required key must be there).
        """
        name_of = self.wire.name
        by_name = {norm(k): (k, s) for k, s in specs.items()}
        out: dict[str, Any] = {}
        for key, value in values.items():
            found = by_name.get(norm(key))
            where = f"{pointer}/{key}"
            if found is None:
                valid = ", ".join(sorted(name_of(k) for k in specs))
                raise Reply(
                    422, f"{key} is not a permitted attribute; permitted: {valid}.", pointer=where
                )
            name, spec = found
            if operation in spec.not_permitted:
                verb = "in PUT/PATCH" if operation != "create" else "on create"
                raise Reply(422, f"{key} is not permitted {verb}.", pointer=where)
            if value is None:
                if not spec.nullable and name != "id":
                    raise Reply(422, f"{key} cannot be null.", pointer=where)
            else:
                _check_type(spec, value, where)
                _check_bounds(spec, value, where)
                if spec.properties and isinstance(value, Mapping):
                    value = self._attributes(
                        spec.properties,
                        value,
                        operation=operation,
                        nested=nested,
                        pointer=where,
                        whole=True,
                    )
            out[name_of(name)] = value
        if operation == "create" or whole:
            given = {norm(k) for k in values}
            for name, spec in specs.items():
                needed = spec.required and not (spec.required_unless_nested and nested)
                if needed and norm(name) not in given:
                    raise Reply(
                        422,
                        f"{name_of(name)} can't be blank.",
                        pointer=f"{pointer}/{name_of(name)}",
                    )
                when = spec.required_when
                if when and out.get(name_of(name)) is None and _all_match(when, out, name_of):
                    which = ", ".join(f"{name_of(k)} is {v}" for k, v in when.items())
                    raise Reply(
                        422,
                        f"{name_of(name)} can't be blank when {which}.",
                        pointer=f"{pointer}/{name_of(name)}",
                    )
        if operation == "bulk_update" and out.get("id") is None:
            raise Reply(422, "Every bulk update item needs its id.", pointer=f"{pointer}/id")
        return out

    def _checked_create(self, route: Route, item: Item) -> tuple[dict[str, Any], Children]:
        """One create item's attributes and the child records it carries, validated."""
        assert route.body is not None
        plain = {k: s for k, s in route.body.attributes.items() if s.location != "relationships"}
        values = self._attributes(
            plain,
            item.attributes,
            operation="create",
            nested=route.nested,
            pointer=item.attributes_at,
        )
        values.pop("id", None)
        return values, self._children(route, item)

    def _store_created(
        self, route: Route, params: Mapping[str, Any], values: dict[str, Any], children: Children
    ) -> int:
        name_of = self.wire.name
        links: dict[str, Any] = {}
        if route.parent:
            links[route.parent] = params[route.parent]
            if name_of(route.parent) in self.store.fields[route.resource]:
                values[name_of(route.parent)] = params[route.parent]
        if route.polymorphic:
            links["resource_type"] = params["resource_type"]
            links["resource_id"] = params["resource_id"]
        ident = self.store.insert(route.resource, values, links=links)
        for child_resource, param, attributes in children:
            self.store.insert(
                child_resource, {**attributes, name_of(param): ident}, links={param: ident}
            )
        return ident

    def _children(self, route: Route, item: Item) -> Children:
        """Records sent under ``relationships`` on create (flexible asset type fields)."""
        assert route.body is not None
        out = []
        relationships = item.relationships
        for name, spec in route.body.attributes.items():
            if spec.location != "relationships":
                continue
            key = self.wire.name(spec.relationship or name)
            link = relationships.get(key) or relationships.get(norm(key))
            if link is None:
                if spec.required:
                    raise Reply(
                        422,
                        f"relationships/{key} is required.",
                        pointer=f"{item.where}/relationships/{key}",
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
                pointer = f"{item.where}/relationships/{key}/data/{index}/attributes"
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
    ) -> tuple[int, Answer]:
        assert route.body is not None
        many = None if route.body.array_create else False
        items, is_array = self.wire.items(route.body, body, many=many)
        # Validate every item before storing any: a bad item fails the whole request.
        checked = [self._checked_create(route, item) for item in items]
        for (values, _), item in zip(checked, items, strict=True):
            self.check(route, params, values, None, item.attributes_at)
        ids = [self._store_created(route, params, values, kids) for values, kids in checked]
        self.written(route, params, ids)
        return 201, self._answer_for(route.resource, ids, query, single=not is_array)

    def _op_update(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Answer]:
        assert route.body is not None
        ident = self._one(route, params, params["id"])
        (item,), _ = self.wire.items(route.body, body, many=False)
        if item.relationships:
            raise Reply(
                422, "relationships cannot be updated here.", pointer=f"{item.where}/relationships"
            )
        given = dict(item.attributes)
        # The URL names the record; an id in the body may repeat it, nothing more.
        if "id" in given and str(given.pop("id")) != str(ident):
            raise Reply(
                422,
                "The id in the body differs from the id in the URL.",
                pointer=f"{item.attributes_at}/id",
            )
        values = self._attributes(
            route.body.attributes,
            given,
            operation="update",
            nested=route.nested,
            pointer=item.attributes_at,
        )
        self.check(route, params, values, ident, item.attributes_at)
        self.store.update(route.resource, ident, values)
        self.written(route, params, [ident])
        return 200, self._answer_for(route.resource, [ident], query, single=True)

    def _op_bulk_update(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Answer]:
        assert route.body is not None
        if query.conditions:
            # One set of attributes applied to every record matching the filter.
            (item,), _ = self.wire.items(route.body, body, many=False)
            values = self._attributes(
                route.body.attributes,
                item.attributes,
                operation="update",
                nested=False,
                pointer=item.attributes_at,
            )
            if "id" in values:
                raise Reply(
                    422,
                    "An id cannot be combined with a filter.",
                    pointer=f"{item.attributes_at}/id",
                )
            ids = self._selected(route, params, query)
            for ident in ids:
                self.check(route, params, values, ident, item.attributes_at)
            for ident in ids:
                self.store.update(route.resource, ident, values)
            self.written(route, params, ids)
            return 200, self._answer_for(route.resource, ids, query, single=False)
        items, _ = self.wire.items(route.body, body, many=True)
        changes: list[tuple[int, dict[str, Any], str]] = []
        for item in items:
            if item.relationships:
                raise Reply(
                    422,
                    "Bulk updates cannot carry relationships.",
                    pointer=f"{item.where}/relationships",
                )
            values = self._attributes(
                route.body.attributes,
                item.attributes,
                operation="bulk_update",
                nested=False,
                pointer=item.attributes_at,
            )
            ident = _int_id(values.pop("id"), f"{item.attributes_at}/id")
            changes.append((ident, values, item.attributes_at))
        missing = [i for i, _, _ in changes if i not in self.store.tables[route.resource]]
        if missing:
            raise Reply(404, f"No {route.resource} records with ids {missing}.")
        for ident, values, where in changes:
            self.check(route, params, values, ident, where)
        for ident, values, _ in changes:
            self.store.update(route.resource, ident, values)
        self.written(route, params, [i for i, _, _ in changes])
        answer = self._answer_for(route.resource, [i for i, _, _ in changes], query, single=False)
        return 200, answer

    def _ids_of(self, route: Route, body: Any) -> list[tuple[int, str]]:
        """The ids a bulk body names, each with the pointer of its place in the body."""
        assert route.body is not None
        items, _ = self.wire.items(route.body, body, many=True)
        out = []
        for item in items:
            pointer = f"{item.attributes_at}/id"
            out.append((_int_id(item.attributes.get("id"), pointer), pointer))
        return out

    def _op_delete(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Answer | None]:
        ident = self._one(route, params, params["id"])
        if body is not None and route.body is not None:
            for other, pointer in self._ids_of(route, body):
                if other != ident:
                    raise Reply(422, "The body names another record than the URL.", pointer=pointer)
        answer = self._answer_for(route.resource, [ident], None, single=True)
        self.written(route, params, [ident])
        self.store.delete(route.resource, ident)
        if route.body is None:
            return 204, None  # as documented for the single deletes
        return 200, answer

    def _op_bulk_destroy(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Answer | None]:
        assert route.body is not None
        if body is not None and query.conditions:
            raise Reply(
                422, "A body of ids cannot be used in combination with filter.", parameter="filter"
            )
        if body is None:
            if not query.conditions:
                raise Reply(400, "Send the ids to delete in the body, or a filter.")
            ids = self._selected(route, params, query)
        else:
            ids = [ident for ident, _ in self._ids_of(route, body)]
            for ident in ids:
                self._one(route, params, ident)
        answer = self._answer_for(route.resource, ids, None, single=False)
        self.written(route, params, ids)
        for ident in ids:
            if ident in self.store.tables[route.resource]:
                self.store.delete(route.resource, ident)
        if route.answer == "none":
            return 204, None
        return 200, answer

    def _op_action(
        self, route: Route, params: dict[str, Any], query: Query, body: Any
    ) -> tuple[int, Answer | None]:
        """A request named after its path: its body checked like a create's, its effect left
        to ``act``."""
        values: dict[str, Any] = {}
        if route.body is not None:
            (item,), _ = self.wire.items(route.body, body, many=False)
            values = self._attributes(
                route.body.attributes,
                item.attributes,
                operation="create",
                nested=False,
                pointer=item.attributes_at,
            )
        elif body is not None:
            raise Reply(400, f"{route.method} {route.path} takes no body.")
        if "id" in params:
            self._one(route, params, params["id"])
        return self.act(route, params, values)

    def act(
        self, route: Route, params: dict[str, Any], values: dict[str, Any]
    ) -> tuple[int, Answer | None]:
        """What an action does to the store; a fake of an API with actions says (here: nothing)."""
        return 204, None

    def check(
        self,
        route: Route,
        params: Mapping[str, Any],
        values: Mapping[str, Any],
        ident: int | None,
        pointer: str,
    ) -> None:
        """Refuse (raise ``Reply``) values the API refuses beyond their documented shape.

        Runs for every record a create (``ident`` None) or an update is about to write, after
        the documented checks. A fake of an API with such rules says; here there are none.
        """

    def written(self, route: Route, params: Mapping[str, Any], ids: Sequence[int]) -> None:
        """Called after a create or update stored ``ids``, and before a delete removes them."""


def _int_id(value: Any, pointer: str) -> int:
    if isinstance(value, bool) or value is None:
        raise Reply(422, "id must be a number.", pointer=pointer)
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Reply(422, f"id must be a number, got {value!r}.", pointer=pointer) from None


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
        raise Reply(
            422,
            f"{pointer.rsplit('/', 1)[-1]} must be a {spec.type}, got {type(value).__name__}.",
            pointer=pointer,
        )
    if spec.enum and str(value) not in spec.enum and value not in spec.enum:
        raise Reply(
            422,
            f"{pointer.rsplit('/', 1)[-1]} must be one of: {', '.join(spec.enum)}.",
            pointer=pointer,
        )


def _check_bounds(spec: Attribute, value: Any, pointer: str) -> None:
    if spec.minimum is None and spec.maximum is None:
        return
    try:
        number = float(value)
    except (TypeError, ValueError):
        return
    low = -math.inf if spec.minimum is None else spec.minimum
    high = math.inf if spec.maximum is None else spec.maximum
    if not low <= number <= high:
        name = pointer.rsplit("/", 1)[-1]
        span = f"between {spec.minimum} and {spec.maximum}"
        if spec.minimum is None or spec.maximum is None:
            span = f"at least {spec.minimum}" if spec.maximum is None else f"at most {spec.maximum}"
        raise Reply(422, f"{name} must be {span}, got {value!r}.", pointer=pointer)


def _all_match(when: Mapping[str, Any], values: Mapping[str, Any], name_of: Any) -> bool:
    return all(str(values.get(name_of(k))) == str(v) for k, v in when.items())


def _maybe_json(content: bytes) -> Any:
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content


class FakeTransport(httpx.AsyncBaseTransport):
    """An httpx transport that hands every request to a fake API in the same process."""

    def __init__(self, fake: FakeAPI[Any]) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        try:
            return await self._fake.handle(request)
        except Dropped:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None
