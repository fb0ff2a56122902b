# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Exports: An export refers to a data export of either a single organization or current account."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    EXPORTS_CREATE,
    EXPORTS_DELETE,
    EXPORTS_GET,
    EXPORTS_LIST,
)
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
from itglue_async._routes import Route


class ExportsListFilter(TypedDict, total=False):
    """Filters of exports (list); a sequence value matches any of its items."""

    id: int | Sequence[int]


ExportsListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class Exports(Resource):
    """Exports: An export refers to a data export of either a single organization or current account."""

    def list(
        self,
        *,
        filter: ExportsListFilter | None = None,
        sort: ExportsListSort | Sequence[ExportsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.Export]:
        """List all exports for current account.

        Returns a list of exports in your account.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: id. A list value matches any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EXPORTS_LIST, {}
        return self._list(
            route,
            path,
            models.Export,
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
    ) -> models.Export:
        """Retrieve a export.

        'Retrieve a particular export for current account.'

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EXPORTS_GET, {"id": id}
        return await self._get(route, path, models.Export, include=None, params={}, timeout=timeout)

    async def create(
        self,
        data: models.ExportCreateDict | models.ExportCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Export:
        """Create a exports.

        Creates a new export under the current account. The new export will be for a
        single organization if organization_id is specified; otherwise The new export
        will be for all organizations of the current account. Returns the created export
        record if successful.

        The actual export attachment will be created later after the export record is
        created. Please check back using show endpoint, you will see a downloadable url
        when the record shows done.

        Args:
            data: the attributes (snake_case mapping or ``models.ExportCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EXPORTS_CREATE, {}
        return await self._create_one(route, path, models.Export, data, params={}, timeout=timeout)

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> None:
        """Delete a exports.

        Delete an export. Returns a 204 status code if successful.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EXPORTS_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout)
