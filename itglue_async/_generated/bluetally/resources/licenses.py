# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Licenses: Licenses in BlueTally. Routes: Returns all licenses; Returns a specific license; Create a
license; Update a license; Delete a license."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    LICENSES_CREATE,
    LICENSES_DELETE,
    LICENSES_GET,
    LICENSES_LIST,
    LICENSES_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class LicensesListFilter(TypedDict, total=False):
    """Filters of licenses (list); a sequence value matches any of its items."""

    category_id: int
    department_id: int
    depreciation_id: int
    employee_email: str
    expiration_date: str | datetime.date
    licensed_to_email: str
    licensed_to_name: str
    manufacturer_id: int
    minimum_seats: int
    name: str
    notes: str
    order_number: str
    purchase_cost: int
    purchase_date: str | datetime.date
    supplier_id: int
    termination_date: str | datetime.date


LicensesListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "name",
    "-name",
    "licensed_to_name",
    "-licensed_to_name",
    "licensed_to_email",
    "-licensed_to_email",
    "order_number",
    "-order_number",
    "purchase_date",
    "-purchase_date",
    "purchase_cost",
    "-purchase_cost",
    "expiration_date",
    "-expiration_date",
    "termination_date",
    "-termination_date",
    "minimum_seats",
    "-minimum_seats",
    "notes",
    "-notes",
]


class Licenses(Resource):
    """Licenses: Licenses in BlueTally. Routes: Returns all licenses; Returns a specific license; Create
    a license; Update a license; Delete a license."""

    @functools.cached_property
    def with_raw_response(self) -> LicensesWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return LicensesWithRawResponse(self)

    def list(
        self,
        *,
        filter: LicensesListFilter | None = None,
        sort: LicensesListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.License]:
        """Returns all licenses.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: category_id, department_id, depreciation_id,
                employee_email, expiration_date, licensed_to_email, licensed_to_name,
                manufacturer_id, minimum_seats, name, notes, order_number, purchase_cost,
                purchase_date, supplier_id, termination_date.
            sort: the column to sort by; prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = LICENSES_LIST, {}
        return self._list(
            route,
            path,
            models.License,
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
    ) -> models.License:
        """Returns a specific license.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = LICENSES_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.License,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.LicenseCreateDict | models.LicenseCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.License:
        """Create a license.

        Args:
            data: the attributes (snake_case mapping or ``models.LicenseCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = LICENSES_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.License,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.LicenseUpdateDict | models.LicenseUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.License:
        """Update a license.

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
        route, path = LICENSES_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.License,
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
        """Delete a license.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = LICENSES_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))


class LicensesWithRawResponse:
    """``Licenses``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Licenses) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
