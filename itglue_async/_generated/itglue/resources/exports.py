# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Exports: An export refers to a data export of either a single organization or current account."""

from __future__ import annotations

import functools
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
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
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

    @functools.cached_property
    def with_raw_response(self) -> ExportsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ExportsWithRawResponse(self)

    def list(
        self,
        *,
        filter: ExportsListFilter | None = None,
        sort: ExportsListSort | Sequence[ExportsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
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
            extras=extras(extra_query, extra_headers),
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Export:
        """Retrieve a export.

        'Retrieve a particular export for current account.'

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = EXPORTS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Export,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.ExportCreateDict | models.ExportCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
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
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = EXPORTS_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Export,
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
        """Delete a exports.

        Delete an export. Returns a 204 status code if successful.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = EXPORTS_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))


class ExportsWithRawResponse:
    """``Exports``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Exports) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
