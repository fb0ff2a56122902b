# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Consumable: Consumable in BlueTally. Routes: Returns all consumables; Returns a specific consumable; Create
a consumable; Update a consumable; Delete a consumable."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    CONSUMABLES_CREATE,
    CONSUMABLES_DELETE,
    CONSUMABLES_GET,
    CONSUMABLES_LIST,
    CONSUMABLES_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class ConsumablesListFilter(TypedDict, total=False):
    """Filters of consumables (list); a sequence value matches any of its items."""

    available: int
    category_id: int
    department_id: int
    location_id: int
    manufacturer_id: int
    minimum_quantity: int
    model_number: str
    name: str
    notes: str
    order_number: str
    purchase_cost: int
    purchase_date: str | datetime.date
    supplier_id: int


ConsumablesListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "name",
    "-name",
    "model_number",
    "-model_number",
    "order_number",
    "-order_number",
    "purchase_date",
    "-purchase_date",
    "purchase_cost",
    "-purchase_cost",
    "minimum_quantity",
    "-minimum_quantity",
    "available",
    "-available",
    "notes",
    "-notes",
]


class Consumables(Resource):
    """Consumable: Consumable in BlueTally. Routes: Returns all consumables; Returns a specific consumable;
    Create a consumable; Update a consumable; Delete a consumable."""

    @functools.cached_property
    def with_raw_response(self) -> ConsumablesWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ConsumablesWithRawResponse(self)

    def list(
        self,
        *,
        filter: ConsumablesListFilter | None = None,
        sort: ConsumablesListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Consumable]:
        """Returns all consumables.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: available, category_id, department_id,
                location_id, manufacturer_id, minimum_quantity, model_number, name, notes,
                order_number, purchase_cost, purchase_date, supplier_id.
            sort: the column to sort by; prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = CONSUMABLES_LIST, {}
        return self._list(
            route,
            path,
            models.Consumable,
            filter=filter,
            sort=sort,
            include=None,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Consumable:
        """Returns a specific consumable.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = CONSUMABLES_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Consumable,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.ConsumableCreateDict | models.ConsumableCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Consumable:
        """Create a consumable.

        Args:
            data: the attributes (snake_case mapping or ``models.ConsumableCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CONSUMABLES_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Consumable,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.ConsumableUpdateDict | models.ConsumableUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Consumable:
        """Update a consumable.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CONSUMABLES_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Consumable,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a consumable.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = CONSUMABLES_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))


class ConsumablesWithRawResponse:
    """``Consumables``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Consumables) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
