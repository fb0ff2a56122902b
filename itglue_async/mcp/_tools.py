"""The agent tools: generic over one API's route tables, calling its generated methods.

Every tool checks its arguments against the routes before anything is sent (an unknown
resource, parent, filter, sort, include, field or attribute, or a wrong type, is refused with
what would be valid), then calls the generated resource method the route belongs to, so the
client's own validation, limiter, retries and decoding apply as for any caller. Results are
JSON objects; records are flat (``_records.py``).

What the server was started with (``Policy``) bounds every call: writes and deletes only on
the resources named at launch, and secret attributes (password values) neither asked for nor
shown unless allowed. A route's boolean query parameter ``show_<attribute>`` for a secret
attribute of its model is how the API is told not to send that secret (IT Glue's
``show_password``), so it is sent as ``false`` unless values are allowed.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from typing import Any

import anyio
import attrs

from itglue_async._bulk import BulkResult
from itglue_async._client import Answer
from itglue_async._errors import ITGlueError, RequestValidationError
from itglue_async._model import BaseModel
from itglue_async._routes import Route
from itglue_async._validation import check_id
from itglue_async.mcp._catalog import DELETE, Catalog, Refusal, listing, parent_keys
from itglue_async.mcp._document import document_text
from itglue_async.mcp._records import Records

MAX_LIMIT = 1000


class ToolRefused(Exception):
    """A call a tool refuses or the API failed; the message is what the agent reads."""


@attrs.frozen
class Policy:
    """What the server was started with: where writes and deletes may go, and secrets."""

    writes: frozenset[str] = frozenset()
    deletes: frozenset[str] = frozenset()
    password_values: bool = False


class _Recorded(Exception):
    """Raised by the dry-run requester in place of sending."""


class _Recorder:
    """A requester that writes requests down instead of sending them (``dry_run``)."""

    def __init__(self, client: Any) -> None:
        self.api = client.api
        self.max_concurrency = 1
        self.requests: list[dict[str, Any]] = []

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        sent: dict[str, Any] = {"method": method, "path": path}
        query = {k: v for k, v in (params or {}).items() if v is not None}
        if query:
            sent["query"] = query
        sent["body"] = json
        self.requests.append(sent)
        raise _Recorded

    async def request(self, method: str, path: str, **options: Any) -> Any:
        await self.call(method, path, **options)


def _message(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, (RequestValidationError, Refusal, ToolRefused)):
        return text
    return f"{type(exc).__name__}: {text}"


class Toolbox:
    """The tools of one server: one client, its route tables and the launch policy."""

    def __init__(self, client: Any, catalog: Catalog, policy: Policy) -> None:
        self.client = client
        self.catalog = catalog
        self.policy = policy
        self.records = Records(catalog.resource_of, secrets=policy.password_values)

    async def run(self, call: Callable[[], Awaitable[dict[str, Any]]]) -> dict[str, Any]:
        """Run one tool call; every refusal and API failure becomes ``ToolRefused``."""
        try:
            return await call()
        except (Refusal, ITGlueError, ValueError) as exc:
            raise ToolRefused(_message(exc)) from None

    # -- helpers -----------------------------------------------------------------------------

    def _method(self, target: Any, route: Route) -> Callable[..., Any]:
        method: Callable[..., Any] = getattr(getattr(target, route.resource), route.operation)
        return method

    def _arguments(
        self, route: Route, parent: Mapping[str, Any], *positional: Any
    ) -> tuple[list[Any], dict[str, Any]]:
        """The positional and keyword arguments that select ``route`` on its method."""
        if route.polymorphic:
            return [parent["resource_type"], parent["resource_id"], *positional], {}
        keywords = {key: parent[key] for key in parent_keys(route)}
        return list(positional), keywords

    def _secret_switches(self, route: Route) -> dict[str, bool]:
        """``show_<secret>`` query parameters of ``route``, set to what the launch allows."""
        out = {}
        for name in self.catalog.secrets(route.resource):
            spec = route.query_params.get(f"show_{name}")
            if spec is not None and spec.type == "boolean":
                out[f"show_{name}"] = self.policy.password_values
        return out

    @staticmethod
    def _names(value: Any, parameter: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise Refusal(f"{parameter} must be a list of names, got {value!r}.")
        return value

    def _included(self, models: Sequence[BaseModel]) -> list[dict[str, Any]]:
        return self.records.many(models)

    # -- reads -------------------------------------------------------------------------------

    async def describe(self, resource: str | None) -> dict[str, Any]:
        catalog = self.catalog
        if resource is None:
            return {
                "api": catalog.api.name,
                "resources": catalog.overview(),
                "writes_allowed": sorted(self.policy.writes),
                "deletes_allowed": sorted(self.policy.deletes),
                "password_values": self.policy.password_values,
            }
        name = catalog.check_known(resource)
        out = catalog.detail(name, secrets=self.policy.password_values)
        out["writes_allowed"] = name in self.policy.writes
        out["deletes_allowed"] = name in self.policy.deletes
        return out

    async def list_records(
        self,
        resource: str,
        filter: Mapping[str, Any],
        sort: str | None,
        include: list[str],
        parent: Mapping[str, Any],
        fields: list[str],
        limit: int,
        page: int,
    ) -> dict[str, Any]:
        catalog = self.catalog
        resource = catalog.check_resource(resource, ("list",), catalog.resources)
        route = catalog.route(resource, ("list",), parent)
        keep = catalog.check_fields(resource, fields, secrets=self.policy.password_values)
        include = self._names(include, "include")
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise Refusal(f"limit must be an integer from 1 to {MAX_LIMIT}, got {limit!r}.")
        if isinstance(page, bool) or not isinstance(page, int) or page < 1:
            raise Refusal(f"page must be a positive integer, got {page!r}.")
        size = min(limit, catalog.api.max_page_size)
        if page > 1 and not route.paginated:
            raise Refusal(f"{resource} is listed in one answer; page must be 1.")
        if page > 1 and size < limit:
            raise Refusal(f"page must be 1 when limit exceeds {size}, the API's page size.")
        if route.page_max_number and page > route.page_max_number:
            raise Refusal(
                f"{route.path} serves at most {route.page_max_number} pages; narrow the listing "
                "with a filter (describe lists them) instead of paging further."
            )
        args, kwargs = self._arguments(route, parent)
        if sort is not None and not isinstance(sort, str):
            raise Refusal(f"sort must be a field name ('-' first for descending), got {sort!r}.")
        sorts = [s.strip() for s in sort.split(",")] if sort else []
        kwargs.update(
            _offered(route, "filter", dict(filter) if filter else None, route.filters),
            **_offered(route, "sort", sorts[0] if len(sorts) == 1 else sorts or None, route.sorts),
            **_offered(route, "include", include or None, route.includes),
            page_size=size,
        )
        listing_ = self._method(self.client, route)(*args, **kwargs)
        items: list[BaseModel] = []
        included: list[BaseModel] = []
        total: int | None = None
        last = True
        if size == limit:
            first = await listing_.page(page)
            items, included, total, last = (
                first.items,
                first.included,
                first.meta.total_count,
                first.last,
            )
        else:
            async for one in listing_.pages(max_pages=math.ceil(limit / size)):
                items.extend(one.items)
                included.extend(one.included)
                total = one.meta.total_count if one.meta.total_count is not None else total
                last = one.last
        more = len(items) > limit or not last
        items = items[:limit]
        before = (page - 1) * limit
        truncated = before + len(items) < total if total is not None else more
        out: dict[str, Any] = {
            "resource": resource,
            "total": total,
            "returned": len(items),
            "truncated": truncated,
            "records": self.records.many(items, resource, keep),
        }
        if page > 1:
            out["page"] = page
        if include:
            out["included"] = self._included(included)
        return out

    async def get_record(
        self,
        resource: str,
        id: int,
        include: list[str],
        parent: Mapping[str, Any],
        fields: list[str],
    ) -> dict[str, Any]:
        catalog = self.catalog
        resource = catalog.check_resource(resource, ("get",), catalog.resources)
        route = catalog.route(resource, ("get",), parent)
        keep = catalog.check_fields(resource, fields, secrets=self.policy.password_values)
        include = self._names(include, "include")
        check_id("id", id)
        args, kwargs = self._arguments(route, parent, id)
        kwargs.update(_offered(route, "include", include or None, route.includes))
        kwargs.update(self._secret_switches(route))
        model = await self._method(self.client, route)(*args, **kwargs)
        related: dict[tuple[str, int], BaseModel] = {}
        for name in include:
            for item in model.related(name):
                related.setdefault((item.wire_type, item.id), item)
        return {
            "record": self.records.one(model, resource, frozenset(keep)),
            "included": self._included(list(related.values())),
        }

    async def read_document(self, id: int) -> dict[str, Any]:
        check_id("id", id)
        get = self.catalog.route("documents", ("get",), {})
        sections = self.catalog.route("document_sections", ("list",), {"document_id": id})
        found: dict[str, Any] = {}
        failures: dict[str, ITGlueError] = {}

        async def fetch(key: str, call: Callable[[], Awaitable[Any]]) -> None:
            try:
                found[key] = await call()
            except ITGlueError as exc:
                failures[key] = exc

        async with anyio.create_task_group() as group:
            group.start_soon(fetch, "document", lambda: self._method(self.client, get)(id))
            group.start_soon(
                fetch,
                "sections",
                lambda: self._method(self.client, sections)(document_id=id).collect(),
            )
        for key in ("document", "sections"):  # the document's own failure says the most
            if key in failures:
                raise failures[key]
        document = found["document"]
        return {
            "id": document.id,
            "name": getattr(document, "name", None),
            "organization_id": getattr(document, "organization_id", None),
            "document_folder_id": getattr(document, "document_folder_id", None),
            "published": getattr(document, "published", None),
            "text": document_text(getattr(document, "content", None), found["sections"]),
        }

    # -- writes ------------------------------------------------------------------------------

    def _writable(
        self, resource: Any, operations: Sequence[str], allowed: Collection[str], flag: str
    ) -> str:
        catalog = self.catalog
        if (
            isinstance(resource, str)
            and resource not in allowed
            and any(catalog.has(resource, op) for op in operations)
        ):
            raise Refusal(
                f"{operations[0]} on {resource!r} is not allowed: the server was started "
                f"with {flag} {listing(allowed)}. Restart it with {flag} naming {resource} "
                "to allow it."
            )
        return catalog.check_resource(resource, operations, allowed)

    async def _dry_run(self, send: Callable[[Any], Awaitable[Any]]) -> dict[str, Any]:
        """Run ``send`` against the recorder: checked and encoded as for real, nothing sent."""
        recorder = _Recorder(self.client)
        target = _DryClient(self.client, recorder)
        try:
            await send(target)
        except _Recorded:
            pass
        except BaseExceptionGroup as group:
            _, rest = group.split(_Recorded)
            if rest is not None:
                raise rest from None
        if not recorder.requests:
            raise Refusal("Nothing would be sent.")
        first = recorder.requests[0]
        out: dict[str, Any] = {"dry_run": True, **first}
        if len(recorder.requests) > 1:
            out["requests"] = recorder.requests
        return out

    async def create_record(
        self, resource: str, attributes: Mapping[str, Any], parent: Mapping[str, Any], dry_run: bool
    ) -> dict[str, Any]:
        resource = self._writable(resource, ("create",), self.policy.writes, "--allow-writes")
        route = self.catalog.route(resource, ("create",), parent)
        values = _attributes(attributes)
        args, kwargs = self._arguments(route, parent, values)
        kwargs.update(self._secret_switches(route))

        async def send(target: Any) -> Any:
            return await self._method(target, route)(*args, **kwargs)

        if dry_run:
            return await self._dry_run(send)
        return self.records.one(await send(self.client), resource)

    async def update_record(
        self,
        resource: str,
        id: int,
        attributes: Mapping[str, Any],
        parent: Mapping[str, Any],
        dry_run: bool,
    ) -> dict[str, Any]:
        resource = self._writable(resource, ("update",), self.policy.writes, "--allow-writes")
        route = self.catalog.route(resource, ("update",), parent)
        check_id("id", id)
        values = _attributes(attributes)
        args, kwargs = self._arguments(route, parent, id, values)
        kwargs.update(self._secret_switches(route))

        async def send(target: Any) -> Any:
            return await self._method(target, route)(*args, **kwargs)

        if dry_run:
            return await self._dry_run(send)
        return self.records.one(await send(self.client), resource)

    async def delete_records(
        self, resource: str, ids: list[int], parent: Mapping[str, Any], dry_run: bool
    ) -> dict[str, Any]:
        resource = self._writable(resource, DELETE, self.policy.deletes, "--allow-deletes")
        route = self.catalog.route(resource, ("bulk_destroy", "delete"), parent)
        if not isinstance(ids, list) or not ids:
            raise Refusal(f"ids must be a non-empty list of record ids, got {ids!r}.")
        for index, ident in enumerate(ids):
            check_id(f"ids[{index}]", ident)
        if route.operation == "bulk_destroy":
            args, kwargs = self._arguments(route, parent, list(ids))
            kwargs["chunk_size"] = len(ids)

            async def send(target: Any) -> Any:
                return await self._method(target, route)(*args, **kwargs)

            if dry_run:
                return await self._dry_run(send)
            result: BulkResult[Any] = await send(self.client)
            return {
                "deleted": list(result.succeeded_ids),
                "failed": [{"id": f.item, "error": _message(f.error)} for f in result.failed],
            }
        return await self._delete_each(route, parent, ids, dry_run)

    async def _delete_each(
        self, route: Route, parent: Mapping[str, Any], ids: list[int], dry_run: bool
    ) -> dict[str, Any]:
        """Delete ``ids`` one request each (routes without a bulk form), concurrently."""
        if dry_run:
            outs = []
            for ident in ids:
                args, kwargs = self._arguments(route, parent, ident)

                async def send(
                    target: Any, args: list[Any] = args, kwargs: dict[str, Any] = kwargs
                ) -> Any:
                    return await self._method(target, route)(*args, **kwargs)

                outs.append(await self._dry_run(send))
            first = dict(outs[0])
            if len(outs) > 1:
                first["requests"] = [{k: v for k, v in o.items() if k != "dry_run"} for o in outs]
            return first
        deleted: list[int] = []
        failed: list[dict[str, Any]] = []

        async def one(ident: int) -> None:
            args, kwargs = self._arguments(route, parent, ident)
            try:
                await self._method(self.client, route)(*args, **kwargs)
            except ITGlueError as exc:
                failed.append({"id": ident, "error": _message(exc)})
            else:
                deleted.append(ident)

        async with anyio.create_task_group() as group:
            for ident in ids:
                group.start_soon(one, ident)
        order = {ident: n for n, ident in enumerate(ids)}
        return {
            "deleted": sorted(deleted, key=order.__getitem__),
            "failed": sorted(failed, key=lambda f: order[f["id"]]),
        }


class _DryClient:
    """The client's resources, built on the recorder instead of the client."""

    def __init__(self, client: Any, recorder: _Recorder) -> None:
        self._client = client
        self._recorder = recorder

    def __getattr__(self, name: str) -> Any:
        return type(getattr(self._client, name))(self._recorder)


def _offered(route: Route, name: str, value: Any, names: Collection[str]) -> dict[str, Any]:
    """``{name: value}`` for the method's keyword, or nothing when no value was given.

    A route that documents no filters (sorts, includes) has no such keyword: asking for one
    there is refused here, with what the route does not take.
    """
    if value is None:
        return {}
    if not names:
        raise Refusal(f"{route.method} {route.path} takes no {name}; leave {name} out.")
    return {name: value}


def _attributes(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise Refusal(f"attributes must be an object of attribute names to values, got {value!r}.")
    return dict(value)
