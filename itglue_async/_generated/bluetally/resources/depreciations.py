# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Depreciations: Depreciations in BlueTally. Routes: Returns all depreciations; Returns a specific depreciation;
Create a depreciation; Update a depreciation; Delete a depreciation."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    DEPRECIATIONS_CREATE,
    DEPRECIATIONS_DELETE,
    DEPRECIATIONS_GET,
    DEPRECIATIONS_LIST,
    DEPRECIATIONS_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class DepreciationsListFilter(TypedDict, total=False):
    """Filters of depreciations (list); a sequence value matches any of its items."""

    minimum_value: int
    months: int
    name: str


DepreciationsListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "name",
    "-name",
    "months",
    "-months",
    "minimum_value",
    "-minimum_value",
]


class Depreciations(Resource):
    """Depreciations: Depreciations in BlueTally. Routes: Returns all depreciations; Returns a specific
    depreciation; Create a depreciation; Update a depreciation; Delete a depreciation."""

    @functools.cached_property
    def with_raw_response(self) -> DepreciationsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return DepreciationsWithRawResponse(self)

    def list(
        self,
        *,
        filter: DepreciationsListFilter | None = None,
        sort: DepreciationsListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Depreciation]:
        """Returns all depreciations.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: minimum_value, months, name.
            sort: the column to sort by; prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = DEPRECIATIONS_LIST, {}
        return self._list(
            route,
            path,
            models.Depreciation,
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
    ) -> models.Depreciation:
        """Returns a specific depreciation.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = DEPRECIATIONS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Depreciation,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.DepreciationCreateDict | models.DepreciationCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Depreciation:
        """Create a depreciation.

        Args:
            data: the attributes (snake_case mapping or ``models.DepreciationCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = DEPRECIATIONS_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Depreciation,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.DepreciationUpdateDict | models.DepreciationUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Depreciation:
        """Update a depreciation.

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
        route, path = DEPRECIATIONS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Depreciation,
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
        """Delete a depreciation.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = DEPRECIATIONS_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))


class DepreciationsWithRawResponse:
    """``Depreciations``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Depreciations) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
