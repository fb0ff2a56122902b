# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Licenses: Licenses in BlueTally. Routes: Returns all licenses; Returns a specific license; Create a
license; Update a license; Delete a license."""

from __future__ import annotations

import datetime
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
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
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

    def list(
        self,
        *,
        filter: LicensesListFilter | None = None,
        sort: LicensesListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.License:
        """Returns a specific license.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = LICENSES_GET, {"id": id}
        return await self._get(
            route, path, models.License, include=None, params={}, timeout=timeout
        )

    async def create(
        self,
        data: models.LicenseCreateDict | models.LicenseCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.License:
        """Create a license.

        Args:
            data: the attributes (snake_case mapping or ``models.LicenseCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = LICENSES_CREATE, {}
        return await self._create_one(route, path, models.License, data, params={}, timeout=timeout)

    async def update(
        self,
        id: int,
        data: models.LicenseUpdateDict | models.LicenseUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.License:
        """Update a license.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = LICENSES_UPDATE, {"id": id}
        return await self._update(route, path, models.License, data, params={}, timeout=timeout)

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> None:
        """Delete a license.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = LICENSES_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout)
