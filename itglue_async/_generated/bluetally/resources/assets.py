# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Assets: Assets in BlueTally. Routes: Returns all assets; Returns a specific asset; Create an asset;
Update an asset; Delete an asset."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    ASSETS_CREATE,
    ASSETS_DELETE,
    ASSETS_GET,
    ASSETS_LIST,
    ASSETS_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class AssetsListFilter(TypedDict, total=False):
    """Filters of assets (list); a sequence value matches any of its items."""

    asset_id: str
    asset_name: str
    asset_serial: str
    category_id: int
    department_id: int
    employee_email: str
    end_of_life_date: str | datetime.date
    location_id: int
    notes: str
    order_number: str
    product_category_id: int
    product_id: int
    purchase_cost: int
    purchase_date: str | datetime.date
    status_id: int
    supplier_id: int
    warranty_expiration_date: str | datetime.date


AssetsListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "asset_id",
    "-asset_id",
    "asset_name",
    "-asset_name",
    "asset_serial",
    "-asset_serial",
    "warranty_expiration_date",
    "-warranty_expiration_date",
    "order_number",
    "-order_number",
    "purchase_date",
    "-purchase_date",
    "purchase_cost",
    "-purchase_cost",
    "notes",
    "-notes",
]


class Assets(Resource):
    """Assets: Assets in BlueTally. Routes: Returns all assets; Returns a specific asset; Create an
    asset; Update an asset; Delete an asset."""

    @functools.cached_property
    def with_raw_response(self) -> AssetsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return AssetsWithRawResponse(self)

    def list(
        self,
        *,
        filter: AssetsListFilter | None = None,
        sort: AssetsListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Asset]:
        """Returns all assets.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: asset_id, asset_name, asset_serial, category_id,
                department_id, employee_email, end_of_life_date, location_id, notes,
                order_number, product_category_id, product_id, purchase_cost, purchase_date,
                status_id, supplier_id, warranty_expiration_date.
            sort: the column to sort by; prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = ASSETS_LIST, {}
        return self._list(
            route,
            path,
            models.Asset,
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
    ) -> models.Asset:
        """Returns a specific asset.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = ASSETS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Asset,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.AssetCreateDict | models.AssetCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Asset:
        """Create an asset.

        Args:
            data: the attributes (snake_case mapping or ``models.AssetCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = ASSETS_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Asset,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.AssetUpdateDict | models.AssetUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Asset:
        """Update an asset.

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
        route, path = ASSETS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Asset,
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
        """Delete an asset.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = ASSETS_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))


class AssetsWithRawResponse:
    """``Assets``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Assets) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
