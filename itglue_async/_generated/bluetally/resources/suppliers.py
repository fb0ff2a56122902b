# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Suppliers: Suppliers in BlueTally. Routes: Returns all suppliers; Returns a specific supplier; Create a
supplier; Update a supplier; Delete a supplier."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    SUPPLIERS_CREATE,
    SUPPLIERS_DELETE,
    SUPPLIERS_GET,
    SUPPLIERS_LIST,
    SUPPLIERS_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class SuppliersListFilter(TypedDict, total=False):
    """Filters of suppliers (list); a sequence value matches any of its items."""

    address_line_1: str
    address_line_2: str
    city: str
    contact_name: str
    country: str
    email: str
    fax: str
    name: str
    notes: str
    phone: str
    state: str
    url: str
    zip: str


SuppliersListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "name",
    "-name",
    "address_line_1",
    "-address_line_1",
    "address_line_2",
    "-address_line_2",
    "city",
    "-city",
    "zip",
    "-zip",
    "state",
    "-state",
    "country",
    "-country",
    "contact_name",
    "-contact_name",
    "phone",
    "-phone",
    "fax",
    "-fax",
    "email",
    "-email",
    "url",
    "-url",
    "notes",
    "-notes",
]


class Suppliers(Resource):
    """Suppliers: Suppliers in BlueTally. Routes: Returns all suppliers; Returns a specific supplier;
    Create a supplier; Update a supplier; Delete a supplier."""

    @functools.cached_property
    def with_raw_response(self) -> SuppliersWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return SuppliersWithRawResponse(self)

    def list(
        self,
        *,
        filter: SuppliersListFilter | None = None,
        sort: SuppliersListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Supplier]:
        """Returns all suppliers.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: address_line_1, address_line_2, city,
                contact_name, country, email, fax, name, notes, phone, state, url, zip.
            sort: the column to sort by; prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = SUPPLIERS_LIST, {}
        return self._list(
            route,
            path,
            models.Supplier,
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
    ) -> models.Supplier:
        """Returns a specific supplier.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = SUPPLIERS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Supplier,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.SupplierCreateDict | models.SupplierCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Supplier:
        """Create a supplier.

        Args:
            data: the attributes (snake_case mapping or ``models.SupplierCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = SUPPLIERS_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Supplier,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.SupplierUpdateDict | models.SupplierUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Supplier:
        """Update a supplier.

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
        route, path = SUPPLIERS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Supplier,
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
        """Delete a supplier.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = SUPPLIERS_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))


class SuppliersWithRawResponse:
    """``Suppliers``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Suppliers) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
