# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Flexible Asset Types: A flexible asset type refers to a set of custom fields that can be used to generate structured
documentation."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    FLEXIBLE_ASSET_TYPES_CREATE,
    FLEXIBLE_ASSET_TYPES_GET,
    FLEXIBLE_ASSET_TYPES_LIST,
    FLEXIBLE_ASSET_TYPES_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class FlexibleAssetTypesListFilter(TypedDict, total=False):
    """Filters of flexible_asset_types (list); a sequence value matches any of its items."""

    enabled: bool | Sequence[bool]
    icon: str | Sequence[str]
    id: int | Sequence[int]
    name: str | Sequence[str]


FlexibleAssetTypesListSort = Literal[
    "id",
    "-id",
    "name",
    "-name",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

FlexibleAssetTypesListInclude = Literal["flexible_asset_fields",]


class FlexibleAssetTypes(Resource):
    """Flexible Asset Types: A flexible asset type refers to a set of custom fields that can be used to generate
    structured documentation."""

    @functools.cached_property
    def with_raw_response(self) -> FlexibleAssetTypesWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return FlexibleAssetTypesWithRawResponse(self)

    def list(
        self,
        *,
        filter: FlexibleAssetTypesListFilter | None = None,
        sort: FlexibleAssetTypesListSort | Sequence[FlexibleAssetTypesListSort] | None = None,
        include: FlexibleAssetTypesListInclude
        | Sequence[FlexibleAssetTypesListInclude]
        | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.FlexibleAssetType]:
        """List all flexible asset types.

        Returns a list of flexible asset types in your account.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: enabled, icon, id, name. A list value matches any
                of its items.
            sort: sort field(s); prefix ``-`` for descending.
            include: related resources to include; reach them with ``item.related(name)``.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = FLEXIBLE_ASSET_TYPES_LIST, {}
        return self._list(
            route,
            path,
            models.FlexibleAssetType,
            filter=filter,
            sort=sort,
            include=include,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def get(
        self,
        id: int,
        *,
        include: FlexibleAssetTypesListInclude
        | Sequence[FlexibleAssetTypesListInclude]
        | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.FlexibleAssetType:
        """Retrieve a flexible asset type.

        Returns the details of an existing flexible asset type.

        Args:
            id: the record's id.
            include: related resources to include; reach them with ``item.related(name)``.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = FLEXIBLE_ASSET_TYPES_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.FlexibleAssetType,
            include=include,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.FlexibleAssetTypeCreateDict
        | models.FlexibleAssetTypeCreate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAssetType:
        """Create a flexible asset type.

        Creates a new flexible asset type in your account. Returns the created object if
        successful. Use the nested relationships route to add multiple flexible asset
        fields to a flexible asset type in bulk.

        Args:
            data: the attributes (snake_case mapping or ``models.FlexibleAssetTypeCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = FLEXIBLE_ASSET_TYPES_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.FlexibleAssetType,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.FlexibleAssetTypeUpdateDict
        | models.FlexibleAssetTypeUpdate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAssetType:
        """Update a flexible asset type.

        Updates the details of an existing flexible asset type in your account. Returns
        422 Unprocessable Entity error if any relationships are present in the request.

        A PATCH request does not require that the entire object resource with all of its
        attributes be enclosed. Any attributes you don't specify will remain unchanged.

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
        route, path = FLEXIBLE_ASSET_TYPES_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.FlexibleAssetType,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class FlexibleAssetTypesWithRawResponse:
    """``FlexibleAssetTypes``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: FlexibleAssetTypes) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
