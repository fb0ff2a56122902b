"""The base of every generated resource class: the verbs, implemented once over route tables."""

from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from itglue_async import _validation as check
from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult, run_bulk
from itglue_async._codec import (
    as_attributes,
    decode_document,
    encode_ids,
    encode_many,
    encode_single,
)
from itglue_async._errors import RequestValidationError
from itglue_async._model import BaseModel
from itglue_async._pagination import Page, PageMeta, Paginator, Windowing
from itglue_async._routes import Route

if TYPE_CHECKING:
    from itglue_async._client import BaseClient

Timeout = Any


class Resource:
    """Shared implementation of ``list get create update delete bulk_update bulk_destroy``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource of {self._client!r}>"

    # -- helpers -------------------------------------------------------------------------

    def _lookup(self, type_name: str) -> type[BaseModel]:
        return self._client._model_for_type(type_name)

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
    ) -> dict[str, Any]:
        flat = check.check_filters(route, filter)
        sorts = check.check_sort(route, sort)
        includes = check.check_include(route, include)
        check.check_query_params(route, params or {})
        query: dict[str, Any] = {}
        for key, value in flat.items():
            query["filter" + "".join(f"[{part}]" for part in key.split("."))] = _filter_value(
                route.filters[key], value
            )
        if sorts:
            query["sort"] = ",".join(sorts)
        if includes:
            query["include"] = ",".join(includes)
        for key, value in (params or {}).items():
            if value is not None:
                query[key] = value
        return query

    # -- verbs -------------------------------------------------------------------------------

    def _list(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        *,
        filter: Mapping[str, Any] | None,
        sort: str | Sequence[str] | None,
        include: str | Sequence[str] | None,
        page_size: int | None,
        timeout: Timeout,
    ) -> Paginator[Any]:
        url = self._url(route, path_values)
        api = self._client._api
        check.check_page_size(page_size, api.max_page_size)
        windowing = None
        if route.page_max_number:
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
                descending = sorts == ["-" + windowing.field]
                windowing = attrs.evolve(windowing, descending=descending)
                sort = sorts[0] if sorts else windowing.field
        query = self._query(route, filter=filter, sort=sort, include=include)
        size = page_size or api.max_page_size
        if windowing is not None:
            query.pop(windowing.filter_name, None)

        async def fetch(number: int, extra: dict[str, Any]) -> Page[Any]:
            params = dict(query)
            params.update(extra)
            if route.paginated:
                params["page[number]"] = number
                params["page[size]"] = size
            body = await self._client.request("GET", url, params=params, timeout=timeout)
            document = decode_document(body, self._lookup)
            meta = PageMeta.from_wire(document.meta)
            return Page(items=document.data, meta=meta, included=document.included, number=number)

        return Paginator(fetch, prefetch=self._client.max_concurrency, windowing=windowing)

    async def _get(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        *,
        include: str | Sequence[str] | None = None,
        params: Mapping[str, Any] | None = None,
        timeout: Timeout,
    ) -> Any:
        url = self._url(route, path_values)
        query = self._query(route, include=include, params=params)
        body = await self._client.request("GET", url, params=query, timeout=timeout)
        return _first(decode_document(body, self._lookup).data)

    async def _create(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        data: Any,
        *,
        params: Mapping[str, Any] | None = None,
        timeout: Timeout,
    ) -> Any:
        assert route.body is not None
        url = self._url(route, path_values)
        query = self._query(route, params=params)
        nested = route.nested
        if isinstance(data, Sequence) and not isinstance(data, (str, bytes, Mapping)):
            if not route.body.array_create:
                raise RequestValidationError(
                    f"{route.method} {route.path} creates one record at a time; pass a mapping, "
                    "or use the nested route (parent id keyword) for a bulk create.",
                    parameter="data",
                )
            items = [as_attributes(item) for item in data]
            for index, item in enumerate(items):
                check.check_attributes(
                    route, item, operation="create", nested=nested, where=f"data[{index}]."
                )
            return await self._send_many("POST", route, url, items, query=query, timeout=timeout)
        values = as_attributes(data)
        check.check_attributes(route, values, operation="create", nested=nested)
        body = await self._client.request(
            "POST", url, params=query, json=encode_single(route.body, values), timeout=timeout
        )
        return _first(decode_document(body, self._lookup).data)

    async def _send_many(
        self,
        method: str,
        route: Route,
        url: str,
        items: list[dict[str, Any]],
        *,
        query: dict[str, Any] | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        item_id: Any = None,
        timeout: Timeout,
    ) -> BulkResult[Any]:
        """Send ``items`` as array bodies through the bulk runner."""
        assert route.body is not None
        body_spec = route.body

        async def send(chunk: list[dict[str, Any]]) -> list[Any]:
            body = await self._client.request(
                method, url, params=query, json=encode_many(body_spec, chunk), timeout=timeout
            )
            return decode_document(body, self._lookup).data

        return await run_bulk(
            items,
            chunk_size=chunk_size,
            concurrency=self._client.max_concurrency,
            fits=lambda chunk: self._fits(encode_many(body_spec, chunk)),
            send=send,
            item_id=item_id or (lambda item: None),
        )

    async def _update(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        data: Any,
        *,
        params: Mapping[str, Any] | None = None,
        timeout: Timeout,
    ) -> Any:
        assert route.body is not None
        url = self._url(route, path_values)
        query = self._query(route, params=params)
        values = as_attributes(data)
        nested = route.nested
        check.check_attributes(route, values, operation="update", nested=nested)
        if "id" in values and values["id"] is not None and values["id"] != path_values.get("id"):
            raise RequestValidationError(
                f"id {values['id']!r} in the body differs from the id {path_values.get('id')!r} "
                "being updated; leave it out of the body.",
                parameter="id",
            )
        body = await self._client.request(
            route.method, url, params=query, json=encode_single(route.body, values), timeout=timeout
        )
        return _first(decode_document(body, self._lookup).data)

    async def _merge_update(
        self,
        get_route: Route,
        update_route: Route,
        path_values: Mapping[str, Any],
        field: str,
        changes: Mapping[str, Any],
        *,
        remove: Sequence[str],
        timeout: Timeout,
    ) -> Any:
        """Read a record, merge ``changes`` into its mapping ``field``, PATCH the result."""
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
        current = await self._get(get_route, path_values, timeout=timeout)
        existing = getattr(current, field, None)
        if existing is None and current is not None:
            existing = current.extra.get(field.replace("_", "-"))
        merged = {key: _writable(value) for key, value in dict(existing or {}).items()}
        merged.update(changes)
        for key in remove:
            merged.pop(key, None)
        return await self._update(update_route, path_values, {field: merged}, timeout=timeout)

    async def _delete(
        self, route: Route, path_values: Mapping[str, Any], *, timeout: Timeout
    ) -> None:
        url = self._url(route, path_values)
        payload = None
        if route.body is not None and route.body.kind == "bulk_destroy":
            # The nested route documents a bulk body; it names the same single record.
            payload = encode_ids(route.body, [path_values["id"]])
        await self._client.request("DELETE", url, json=payload, timeout=timeout)

    async def _bulk_update(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        items: Any,
        *,
        filter: Mapping[str, Any] | None,
        chunk_size: int,
        timeout: Timeout,
    ) -> BulkResult[Any]:
        assert route.body is not None
        url = self._url(route, path_values)
        body_spec = route.body
        if filter is not None:
            # Update every record matching the filter with one set of attributes.
            if not isinstance(items, Mapping) and not _is_model_like(items):
                raise RequestValidationError(
                    "With filter=, bulk_update takes one mapping of attributes to apply to every "
                    "matching record, not a list.",
                    parameter="filter",
                )
            values = as_attributes(items)
            if "id" in values:
                raise RequestValidationError(
                    "ids and filter cannot be used together; drop one of them.", parameter="filter"
                )
            check.check_attributes(route, values, operation="bulk_update", nested=False)
            query = self._query(route, filter=filter)
            body = await self._client.request(
                "PATCH", url, params=query, json=encode_single(body_spec, values), timeout=timeout
            )
            return BulkResult(succeeded=decode_document(body, self._lookup).data, requests=1)
        if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Sequence):
            raise RequestValidationError(
                "bulk_update takes a list of mappings (or request models), each with its id.",
                parameter="items",
            )
        prepared = [as_attributes(item) for item in items]
        for index, item in enumerate(prepared):
            ident = item.get("id")
            if ident is None or isinstance(ident, bool) or not isinstance(ident, int):
                raise RequestValidationError(
                    f"items[{index}] has no integer id; every bulk update item needs the id of "
                    "the record it changes.",
                    parameter=f"items[{index}].id",
                )
            check.check_attributes(
                route, item, operation="bulk_update", nested=False, where=f"items[{index}]."
            )
        _check_chunk_size(chunk_size)
        return await self._send_many(
            "PATCH",
            route,
            url,
            prepared,
            chunk_size=chunk_size,
            item_id=lambda item: item.get("id"),
            timeout=timeout,
        )

    async def _bulk_destroy(
        self,
        route: Route,
        path_values: Mapping[str, Any],
        ids: Sequence[int] | None,
        *,
        filter: Mapping[str, Any] | None,
        chunk_size: int,
        timeout: Timeout,
    ) -> BulkResult[Any]:
        assert route.body is not None
        url = self._url(route, path_values)
        body_spec = route.body
        if ids is not None and filter is not None:
            raise RequestValidationError(
                "bulk_destroy takes ids or filter=, never both: the API refuses a body combined "
                "with a filter.",
                parameter="filter",
            )
        if filter is not None:
            if not route.filters:
                raise RequestValidationError(
                    f"{route.method} {route.path} cannot delete by filter; pass ids.",
                    parameter="filter",
                )
            query = self._query(route, filter=filter)
            body = await self._client.request("DELETE", url, params=query, timeout=timeout)
            return BulkResult(succeeded=decode_document(body, self._lookup).data, requests=1)
        if ids is None or isinstance(ids, (str, bytes)) or not isinstance(ids, Sequence):
            raise RequestValidationError(
                "bulk_destroy takes a list of integer ids (or filter=).", parameter="ids"
            )
        for index, ident in enumerate(ids):
            if isinstance(ident, bool) or not isinstance(ident, int):
                raise RequestValidationError(
                    f"ids[{index}] must be an integer id, got {ident!r}.", parameter=f"ids[{index}]"
                )
        _check_chunk_size(chunk_size)

        async def send(chunk: list[int]) -> list[Any]:
            body = await self._client.request(
                "DELETE", url, json=encode_ids(body_spec, chunk), timeout=timeout
            )
            models = decode_document(body, self._lookup).data
            if not models:
                # An empty answer means every id of the chunk was deleted.
                cls = self._lookup(body_spec.type)
                models = [cls(id=i, jsonapi_type=body_spec.type) for i in chunk]
            return models

        return await run_bulk(
            list(ids),
            chunk_size=chunk_size,
            concurrency=self._client.max_concurrency,
            fits=lambda chunk: self._fits(encode_ids(body_spec, chunk)),
            send=send,
            item_id=lambda item: int(item),
        )

    def _fits(self, body: Any) -> bool:
        size = len(_json.dumps(body, separators=(",", ":")).encode())
        return size <= self._client._api.payload_limit_bytes


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


def _is_model_like(value: Any) -> bool:
    return attrs.has(type(value))


def _first(models: list[Any]) -> Any:
    if not models:
        return None
    return models[0]


def _filter_value(spec: Any, value: Any) -> str:
    if spec.format in ("date_range", "range") and isinstance(value, (list, tuple)):
        return ",".join("*" if part is None else _scalar(part) for part in value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ",".join(_escape(_scalar(v)) for v in value)
    text = _scalar(value)
    return _escape(text) if spec.list and isinstance(value, str) else text


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,")


def _windowing(route: Route, filter: Mapping[str, Any] | None) -> Windowing | None:
    for name in route.sorts:
        spec = route.filters.get(name)
        if spec is not None and spec.format == "date_range":
            user = (filter or {}).get(name)
            if isinstance(user, (list, tuple)):
                user = ",".join("*" if p is None else _scalar(p) for p in user)
            return Windowing(
                max_pages=route.page_max_number or 1,
                filter_name=f"filter[{name}]",
                field=name,
                user_range=user,
            )
    return None
