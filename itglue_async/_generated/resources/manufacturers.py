# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Manufacturers: A manufacturer refers to any computer product manufacturer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated import models
from itglue_async._generated.routes import ROUTES
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
from itglue_async._routes import Route


class ManufacturersListFilter(TypedDict, total=False):
    """Filters of manufacturers (list); a sequence value matches any of its items."""

    name: str | Sequence[str]


ManufacturersListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class Manufacturers(Resource):
    """Manufacturers: A manufacturer refers to any computer product manufacturer."""

    def list(
        self,
        *,
        filter: ManufacturersListFilter | None = None,
        sort: ManufacturersListSort | Sequence[ManufacturersListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.Manufacturer]:
        """List all manufacturers.

        Returns a list of the manufacturer names in your account.

        Example return value:

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

            filter: filters by name.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[108], {}
        return self._list(
            route,
            path,
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
    ) -> models.Manufacturer:
        """Retrieve a manufacturer.

        Returns the details of an existing manufacturer name.

        Example return value:

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[109], {"id": id}
        result: models.Manufacturer = await self._get(
            route, path, include=None, params={}, timeout=timeout
        )
        return result

    async def create(
        self,
        data: models.ManufacturerCreateDict | models.ManufacturerCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Manufacturer:
        """Create a new manufacturer.

        Creates a new manufacturer name. Returns the created object if successful.

        The request body must contain a JSON object, for example:

        Args:
            data: the attributes (snake_case mapping or ``models.ManufacturerCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[110], {}
        result: models.Manufacturer = await self._create(
            route, path, data, params={}, timeout=timeout
        )
        return result

    async def update(
        self,
        id: int,
        data: models.ManufacturerUpdateDict | models.ManufacturerUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Manufacturer:
        """Update a manufacturer.

        Updates an existing manufacturer name. Returns 422 Bad Request error if trying
        to update an externally synced record.

        The request body must contain a JSON object, for example:

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[111], {"id": id}
        result: models.Manufacturer = await self._update(
            route, path, data, params={}, timeout=timeout
        )
        return result
