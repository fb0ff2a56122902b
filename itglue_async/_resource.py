"""The base of every generated resource class: the verbs, implemented once over route tables.

A resource reaches its client through ``Requester``, a narrow interface: the API description
(its dialect and limits), the concurrency bound and ``request``. Each generated method passes
the route it chose and the model class its answer decodes to; the dialect spells the request
and reads the answer.

Every verb also takes the call's escape hatches (``Extras``: query parameters, headers and
attributes the reference does not list), which are sent exactly as given after the documented
ones were checked, and every verb that sends one request reads its answer through
``_answered``, where a raw call (``with_raw_response``) can take the response instead.
"""

from __future__ import annotations

import json as _json
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Protocol, TypeVar, cast

import attrs

from itglue_async import _validation as check
from itglue_async._api import ApiDescription
from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult, run_bulk
from itglue_async._client import Answer
from itglue_async._dialect import Decoded, ShapeError, query_text
from itglue_async._errors import RequestValidationError
from itglue_async._logs import logger
from itglue_async._model import BaseModel, as_attributes
from itglue_async._pagination import Page, Paginator, Range, Windowing
from itglue_async._response import claim
from itglue_async._routes import Route

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
Timeout = Any
_NONE: Mapping[str, Any] = MappingProxyType({})


@attrs.frozen
class Extras:
    """A call's escape hatches: sent exactly as given, unchecked, after the checked values."""

    query: Mapping[str, Any] = _NONE
    headers: Mapping[str, str] = _NONE
    attributes: Mapping[str, Any] = _NONE  # wire-named, merged into each record's attributes


NO_EXTRAS = Extras()


def extras(
    query: Mapping[str, Any] | None,
    headers: Mapping[str, str] | None,
    attributes: Mapping[str, Any] | None = None,
) -> Extras:
    """The ``Extras`` of a call from its ``extra_query``, ``extra_headers``, ``extra_attributes``."""
    if query is None and headers is None and attributes is None:
        return NO_EXTRAS
    for name, given in (
        ("extra_query", query),
        ("extra_headers", headers),
        ("extra_attributes", attributes),
    ):
        if given is not None and not (
            isinstance(given, Mapping) and all(isinstance(k, str) for k in given)
        ):
            raise RequestValidationError(
                f"{name} must map names to values, got {type(given).__name__} {given!r}.",
                parameter=name,
            )
    bad = [k for k, v in (headers or {}).items() if not isinstance(v, str)]
    if bad:
        raise RequestValidationError(
            f"extra_headers values must be strings; {', '.join(bad)} is not.",
            parameter="extra_headers",
        )
    sent = Extras(dict(query or {}), dict(headers or {}), dict(attributes or {}))
    logger.debug(
        "sent as given, unchecked: extra_query %s, extra_headers %s, extra_attributes %s",
        sorted(sent.query) or "-",
        sorted(sent.headers) or "-",
        sorted(sent.attributes) or "-",
    )
    return sent


class Requester(Protocol):
    """What a resource needs from its client."""

    @property
    def api(self) -> ApiDescription: ...

    @property
    def max_concurrency(self) -> int: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: Timeout = ...,
        headers: Mapping[str, str] | None = None,
    ) -> Any: ...

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: Timeout = ...,
        headers: Mapping[str, str] | None = None,
    ) -> Answer: ...


class Resource:
    """Shared implementation of ``list get create update delete bulk_update bulk_destroy``."""

    def __init__(self, client: Requester) -> None:
        self._client = client
        self._api = client.api
        self._dialect = client.api.dialect

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource of {self._client!r}>"

    # -- helpers -------------------------------------------------------------------------

    def _decode(self, answer: Answer, model: type[M], *, many: bool) -> Decoded:
        """The answer read by the dialect; one that is not what the route returns raises."""
        try:
            return self._dialect.decode(answer.body, model, self._api.models, many=many)
        except ShapeError as exc:
            raise answer.invalid(str(exc)) from None

    def _answered(self, answer: Answer, read: Callable[[Answer], T]) -> T:
        """``read(answer)``, unless a raw call waits for this answer: then it gets the response
        and the reading step (to run on ``parse()``), and the method's result is not used."""
        if claim(answer.response, lambda: read(answer)):
            return cast(T, None)
        return read(answer)

    def _one(self, answer: Answer, model: type[M]) -> M:
        item: M = self._decode(answer, model, many=False).items[0]
        return item

    def _many(
        self, answer: Answer, model: type[M], ids: Sequence[int] = (), wire_type: str = ""
    ) -> list[M]:
        """The records of a bulk answer; an empty answer stands for ``ids``, all applied."""
        if answer.body is None and ids:
            return [model(id=i, wire_type=wire_type) for i in ids]
        items: list[M] = self._decode(answer, model, many=True).items
        return items

    def _url(self, route: Route, path_values: Mapping[str, Any]) -> str:
        check.check_path_params(route, path_values)
        return route.url(path_values)

    def _query(
        self,
        route: Route,
        *,
        filter: Mapping[str, Any] | None = None,
        sort: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        params: Mapping[str, Any] | None = None,
        skip_filter: str | None = None,
        extras: Extras = NO_EXTRAS,
    ) -> dict[str, Any]:
        if filter is None and sort is None and include is None and not params and not route.filters:
            # Nothing asked, and no filter the route requires.
            return dict(extras.query) if extras.query else {}
        flat = check.check_filters(route, filter, self._dialect.filter_label)
        sorts = check.check_sort(route, sort, multi=self._dialect.multi_sort)
        includes = check.check_include(route, include)
        check.check_query_params(route, params or {})
        if skip_filter is not None:
            flat.pop(skip_filter, None)
        query = self._dialect.query(route, filters=flat, sorts=sorts, includes=includes)
        for key, value in (params or {}).items():
            if value is not None:
                query[key] = value
        query.update(extras.query)
        return query

    def _with_defaults(
        self, route: Route, filter: Mapping[str, Any] | None, options: Mapping[str, bool]
    ) -> Mapping[str, Any] | None:
        """The caller's filters, plus the route's default filters they did not give or turn off.

        A default goes out unless the caller filters by that name or sets its option (the
        documents listing sends ``document_folder_id=null``, every folder, unless told
        ``root_only=True``).
        """
        for name, value in options.items():
            if not isinstance(value, bool):
                raise RequestValidationError(
                    f"{name} must be True or False, got {value!r}.", parameter=name
                )
        if not route.filter_defaults or not (filter is None or isinstance(filter, Mapping)):
            return filter
        merged = dict(filter or {})
        for name, default in route.filter_defaults.items():
            turned_off = options.get(default.option, False)
            if name in merged and turned_off:
                raise RequestValidationError(
                    f"{default.option}=True and filter {name!r} contradict each other "
                    f"({default.option}: {default.description.rstrip('.')}); pass one of them.",
                    parameter=default.option,
                )
            if name not in merged and not turned_off:
                merged[name] = default.value
        return merged

    def _fits(self, body: Any) -> bool:
        size = len(_json.dumps(body, separators=(",", ":")).encode())
        return size <= self._api.payload_limit_bytes

    # -- verbs -------------------------------------------------------------------------------

    def _list(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        model: type[M],
        *,
        filter: Mapping[str, Any] | None,
        sort: str | Sequence[str] | None,
        include: str | Sequence[str] | None,
        page_size: int | None,
        options: Mapping[str, bool] | None = None,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> Paginator[M]:
        url = self._url(route, path_values)
        filter = self._with_defaults(route, filter, options or {})
        api = self._api
        dialect = self._dialect
        check.check_page_size(page_size, api.max_page_size)
        windowing = _windowing(route, filter)
        if windowing is not None:
            # Windows move along the sort field, so the listing is sorted by it alone:
            # ascending unless the caller asked for newest first.
            sorts = check.check_sort(route, sort)
            if sorts and sorts != [windowing.field] and sorts != ["-" + windowing.field]:
                raise RequestValidationError(
                    f"{route.path} is read past its {route.page_max_number}-page limit in "
                    f"{windowing.field} windows; sort by {windowing.field!r} or "
                    f"'-{windowing.field}' only.",
                    parameter="sort",
                )
            windowing = attrs.evolve(windowing, descending=sorts == ["-" + windowing.field])
            sort = sorts[0] if sorts else windowing.field
        query = self._query(
            route,
            filter=filter,
            sort=sort,
            include=include,
            skip_filter=windowing.field if windowing else None,
            extras=extras,
        )
        size = page_size or api.max_page_size

        async def request(number: int, extra: dict[str, Range]) -> Answer:
            params = dict(query)
            if extra:
                params.update(dialect.query(route, filters=extra, sorts=(), includes=()))
            if route.paginated:
                params.update(dialect.page_query(number, size))
            params.update(extras.query)  # as given, last
            return await self._client.call(
                "GET", url, params=params, timeout=timeout, headers=extras.headers
            )

        def finish(number: int, answer: Answer) -> Page[M]:
            decoded = self._decode(answer, model, many=True)
            last = not route.paginated or dialect.is_last_page(number, size, decoded)
            return Page(
                items=decoded.items,
                meta=decoded.meta,
                included=decoded.included,
                number=number,
                last=last,
            )

        return Paginator(
            request,
            finish,
            prefetch=self._client.max_concurrency,
            windowing=windowing,
            label=f"{route.method} {url}",
        )

    async def _get(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        model: type[M],
        *,
        include: str | Sequence[str] | None = None,
        params: Mapping[str, Any] | None = None,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> M:
        url = self._url(route, path_values)
        query = self._query(route, include=include, params=params, extras=extras)
        answer = await self._client.call(
            "GET", url, params=query, timeout=timeout, headers=extras.headers
        )
        return self._answered(answer, lambda a: self._one(a, model))

    async def _create(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        model: type[M],
        data: Any,
        *,
        params: Mapping[str, Any] | None = None,
        keep_models: bool = True,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> M | BulkResult[M]:
        """Create one record from a mapping, or several (in bulk) from a list or iterable."""
        assert route.body is not None
        if not (_is_many(data) and route.body.array_create):
            return await self._create_one(
                route, path_values, model, data, params=params, timeout=timeout, extras=extras
            )
        url = self._url(route, path_values)
        query = self._query(route, params=params, extras=extras)

        def check_item(index: int, item: Any) -> dict[str, Any]:
            values = as_attributes(item, parameter=f"data[{index}]")
            check.check_attributes(
                route, values, operation="create", nested=route.nested, where=f"data[{index}]."
            )
            return values

        return await self._send_many(
            "POST",
            route,
            url,
            model,
            data,
            check_item,
            query,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras,
        )

    async def _create_one(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        model: type[M],
        data: Any,
        *,
        params: Mapping[str, Any] | None = None,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> M:
        assert route.body is not None
        if _is_many(data):
            raise RequestValidationError(
                f"{route.method} {route.path} creates one record at a time; pass a mapping, "
                "or use the nested route (parent id keyword) for a bulk create.",
                parameter="data",
            )
        url = self._url(route, path_values)
        query = self._query(route, params=params, extras=extras)
        values = as_attributes(data)
        check.check_attributes(route, values, operation="create", nested=route.nested)
        answer = await self._client.call(
            "POST",
            url,
            params=query,
            json=self._dialect.encode_one(route.body, values, extras.attributes),
            timeout=timeout,
            headers=extras.headers,
        )
        return self._answered(answer, lambda a: self._one(a, model))

    async def _send_many(
        self,
        method: str,
        route: Route,
        url: str,
        model: type[M],
        items: Iterable[Any],
        check_item: Callable[[int, Any], dict[str, Any]],
        query: dict[str, Any] | None = None,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        with_ids: bool = False,
        keep_models: bool = True,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> BulkResult[M]:
        """Send ``items`` as array bodies through the bulk runner.

        A list (any sequence) is checked in full before anything is sent, so one bad item
        raises ``RequestValidationError`` with nothing sent; then its items are converted as
        their chunks are built. A one-pass iterable (a generator) is checked item by item as
        it is read: a bad item is reported in ``failed`` and the others go on.
        """
        assert route.body is not None
        body_spec = route.body
        dialect = self._dialect
        convert = check_item
        if isinstance(items, Sequence):
            for index, item in enumerate(items):
                check_item(index, item)

            def convert(index: int, item: Any) -> dict[str, Any]:
                return as_attributes(item, parameter=f"items[{index}]")

        async def send(chunk: list[dict[str, Any]]) -> list[M]:
            answer = await self._client.call(
                method,
                url,
                params=query,
                json=dialect.encode_many(body_spec, chunk, extras.attributes),
                timeout=timeout,
                headers=extras.headers,
            )
            ids = [item["id"] for item in chunk] if with_ids else []
            return self._many(answer, model, ids, body_spec.type)

        return await run_bulk(
            items,
            chunk_size=chunk_size,
            concurrency=self._client.max_concurrency,
            convert=convert,
            fits=lambda chunk: self._fits(dialect.encode_many(body_spec, chunk, extras.attributes)),
            send=send,
            item_id=(lambda item: item.get("id")) if with_ids else (lambda item: None),
            keep_models=keep_models,
        )

    async def _update(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        model: type[M],
        data: Any,
        *,
        params: Mapping[str, Any] | None = None,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> M:
        assert route.body is not None
        url = self._url(route, path_values)
        query = self._query(route, params=params, extras=extras)
        values = as_attributes(data)
        check.check_attributes(route, values, operation="update", nested=route.nested)
        if "id" in values and values["id"] is not None and values["id"] != path_values.get("id"):
            raise RequestValidationError(
                f"id {values['id']!r} in the body differs from the id {path_values.get('id')!r} "
                "being updated; leave it out of the body.",
                parameter="id",
            )
        answer = await self._client.call(
            route.method,
            url,
            params=query,
            json=self._dialect.encode_one(route.body, values, extras.attributes),
            timeout=timeout,
            headers=extras.headers,
        )
        return self._answered(answer, lambda a: self._one(a, model))

    async def _merge_update(
        self,
        get_route: Route,
        update_route: Route,
        path_values: Mapping[str, Any],
        model: type[M],
        field: str,
        changes: Mapping[str, Any],
        *,
        remove: Sequence[str],
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> M:
        """Read a record, merge ``changes`` into its mapping ``field``, PATCH the result.

        ``extras`` go with both requests, its attributes with the write only.
        """
        if not isinstance(changes, Mapping):
            raise RequestValidationError(
                f"{field} must be a mapping of keys to values, got {type(changes).__name__}.",
                parameter=field,
            )
        if isinstance(remove, (str, bytes)) or not isinstance(remove, Sequence):
            raise RequestValidationError(
                f"remove must be a list of {field} keys, got {remove!r}.", parameter="remove"
            )
        both = sorted(set(changes) & set(remove))
        if both:
            raise RequestValidationError(
                f"{', '.join(both)} cannot be both set and removed; drop it from one of them.",
                parameter="remove",
            )
        reading = attrs.evolve(extras, attributes=_NONE)
        current = await self._get(get_route, path_values, model, timeout=timeout, extras=reading)
        existing = getattr(current, field, None)
        if existing is None and current is not None:
            existing = current.extra.get(self._dialect.wire_name(field))
        merged = {key: _writable(value) for key, value in dict(existing or {}).items()}
        merged.update(changes)
        for key in remove:
            merged.pop(key, None)
        return await self._update(
            update_route, path_values, model, {field: merged}, timeout=timeout, extras=extras
        )

    async def _action(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        model: type[M] | None,
        data: Any,
        *,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> Any:
        """Send an action (``checkout.asset``, ``documents.publish``) and read its answer.

        A body, when the route has one, is checked like a create. With ``model`` the answer is
        read as one record of it (``None`` when the API answers with nothing); without, its
        JSON is returned as it came. An action sent with POST is never resent after an
        ambiguous failure, since it may have been applied.
        """
        url = self._url(route, path_values)
        payload = None
        if route.body is not None:
            values = as_attributes(data)
            check.check_attributes(route, values, operation="create", nested=route.nested)
            payload = self._dialect.encode_one(route.body, values, extras.attributes)
        answer = await self._client.call(
            route.method,
            url,
            params=dict(extras.query) or None,
            json=payload,
            timeout=timeout,
            headers=extras.headers,
        )

        def read(answer: Answer) -> Any:
            if model is None:
                return answer.body
            if answer.body is None:
                return None
            return self._one(answer, model)

        return self._answered(answer, read)

    async def _delete(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        *,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> None:
        url = self._url(route, path_values)
        payload = None
        if route.body is not None and route.body.kind == "bulk_destroy":
            # The nested route documents a bulk body; it names the same single record.
            payload = self._dialect.encode_ids(route.body, [path_values["id"]])
        answer = await self._client.call(
            "DELETE",
            url,
            params=dict(extras.query) or None,
            json=payload,
            timeout=timeout,
            headers=extras.headers,
        )
        self._answered(answer, lambda a: None)

    async def _bulk_update(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        model: type[M],
        items: Any,
        *,
        filter: Mapping[str, Any] | None,
        chunk_size: int,
        keep_models: bool = True,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> BulkResult[M]:
        assert route.body is not None
        url = self._url(route, path_values)
        if filter is not None:
            return await self._update_matching(
                route, url, model, items, filter, timeout=timeout, extras=extras
            )
        if not _is_many(items):
            raise RequestValidationError(
                "bulk_update takes a list (or another iterable) of mappings or request models, "
                f"each with its id; got {type(items).__name__}.",
                parameter="items",
            )
        _check_chunk_size(chunk_size)

        required = [n for n, a in route.body.attributes.items() if a.required_for_bulk]
        # Items are matched to the answer by id, so every route's items carry one.
        required = required if "id" in required else ["id", *required]

        def check_item(index: int, item: Any) -> dict[str, Any]:
            values = as_attributes(item, parameter=f"items[{index}]")
            for name in required:
                if values.get(name) is None:
                    raise RequestValidationError(
                        f"items[{index}] has no {name}; every bulk update item needs "
                        + (
                            "the id of the record it changes."
                            if name == "id"
                            else f"its {name} (required in bulk updates)."
                        ),
                        parameter=f"items[{index}].{name}",
                    )
            check.check_id(f"items[{index}].id", values["id"])
            check.check_attributes(
                route, values, operation="bulk_update", nested=False, where=f"items[{index}]."
            )
            return values

        return await self._send_many(
            "PATCH",
            route,
            url,
            model,
            items,
            check_item,
            dict(extras.query) or None,
            chunk_size=chunk_size,
            with_ids=True,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras,
        )

    async def _update_matching(
        self,
        route: Route,
        url: str,
        model: type[M],
        items: Any,
        filter: Mapping[str, Any],
        *,
        timeout: Timeout,
        extras: Extras,
    ) -> BulkResult[M]:
        """Update every record matching ``filter`` with one set of attributes (one request)."""
        assert route.body is not None
        if not isinstance(items, Mapping) and not attrs.has(type(items)):
            raise RequestValidationError(
                "With filter=, bulk_update takes one mapping of attributes to apply to every "
                "matching record, not a list.",
                parameter="filter",
            )
        values = as_attributes(items, parameter="items")
        if "id" in values:
            raise RequestValidationError(
                "ids and filter cannot be used together; drop one of them.", parameter="filter"
            )
        check.check_attributes(route, values, operation="bulk_update", nested=False)
        query = self._query(route, filter=filter, extras=extras)
        answer = await self._client.call(
            "PATCH",
            url,
            params=query,
            json=self._dialect.encode_one(route.body, values, extras.attributes),
            timeout=timeout,
            headers=extras.headers,
        )
        return BulkResult(succeeded=self._many(answer, model), requests=1)

    async def _bulk_destroy(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        model: type[M],
        ids: Iterable[int] | None,
        *,
        filter: Mapping[str, Any] | None,
        chunk_size: int,
        keep_models: bool = True,
        timeout: Timeout,
        extras: Extras = NO_EXTRAS,
    ) -> BulkResult[M]:
        assert route.body is not None
        url = self._url(route, path_values)
        body_spec = route.body
        dialect = self._dialect
        if ids is not None and filter is not None and body_spec.exclusive_with_filter:
            raise RequestValidationError(
                "bulk_destroy takes ids or filter=, never both: the API refuses a body combined "
                "with a filter.",
                parameter="filter",
            )
        if filter is not None and ids is None:
            if not route.filters:
                raise RequestValidationError(
                    f"{route.method} {route.path} cannot delete by filter; pass ids.",
                    parameter="filter",
                )
            query = self._query(route, filter=filter, extras=extras)
            answer = await self._client.call(
                "DELETE", url, params=query, timeout=timeout, headers=extras.headers
            )
            deleted = [] if answer.body is None else self._many(answer, model)
            return BulkResult(succeeded=deleted, requests=1)
        if ids is None or not _is_many(ids):
            raise RequestValidationError(
                "bulk_destroy takes a list (or another iterable) of integer ids, or filter=.",
                parameter="ids",
            )
        _check_chunk_size(chunk_size)

        def check_item(index: int, ident: Any) -> int:
            check.check_id(f"ids[{index}]", ident)
            return int(ident)

        if isinstance(ids, Sequence):
            for index, ident in enumerate(ids):
                check_item(index, ident)
        # A route whose body may go with a filter (none documented so far) sends both.
        sent_query = self._query(route, filter=filter, extras=extras) if filter else extras.query

        async def send(chunk: list[int]) -> list[M]:
            answer = await self._client.call(
                "DELETE",
                url,
                params=dict(sent_query) or None,
                json=dialect.encode_ids(body_spec, chunk),
                timeout=timeout,
                headers=extras.headers,
            )
            # An empty answer (or an empty list) means every id of the chunk was deleted.
            deleted = self._many(answer, model, chunk, body_spec.type)
            return deleted or [model(id=i, wire_type=body_spec.type) for i in chunk]

        return await run_bulk(
            ids,
            chunk_size=chunk_size,
            concurrency=self._client.max_concurrency,
            convert=check_item,
            fits=lambda chunk: self._fits(dialect.encode_ids(body_spec, chunk)),
            send=send,
            item_id=lambda item: int(item),
            keep_models=keep_models,
        )


def _is_many(value: Any) -> bool:
    """A list, tuple, generator or other iterable of items (not a mapping, string or model)."""
    if isinstance(value, (str, bytes, Mapping)) or attrs.has(type(value)):
        return False
    return isinstance(value, Iterable)


def _check_chunk_size(chunk_size: int) -> None:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise RequestValidationError(
            f"chunk_size must be a positive integer, got {chunk_size!r}.", parameter="chunk_size"
        )


def _writable(value: Any) -> Any:
    """A linked value as read (``{"type": ..., "values": [{"id": ...}]}``) as written (ids)."""
    if isinstance(value, Mapping) and isinstance(value.get("values"), list):
        items = value["values"]
        if all(isinstance(item, Mapping) and "id" in item for item in items):
            return [item["id"] for item in items]
    return value


def _windowing(route: Route, filter: Mapping[str, Any] | None) -> Windowing | None:
    """How a page-capped route reads past its cap: windows of its date-range sort field."""
    if not route.page_max_number:
        return None
    for name in route.sorts:
        spec = route.filters.get(name)
        if spec is not None and spec.format == "date_range":
            return Windowing(
                max_pages=route.page_max_number,
                field=name,
                # A filter that is no mapping is refused when the query is built.
                user_range=_range(filter.get(name) if isinstance(filter, Mapping) else None),
            )
    return None


def _range(value: Any) -> Range | None:
    """A caller's range filter (``"start,end"`` with ``*`` for an open end, or a pair)."""
    if value is None:
        return None
    parts = list(value) if isinstance(value, (list, tuple)) else str(value).split(",", 1)
    texts = [None if p is None else query_text(p).strip() for p in parts]
    ends = [None if t in (None, "", "*") else t for t in texts]
    ends += [None] * (2 - len(ends))
    return ends[0], ends[1]
