# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Flexible Asset Types: A flexible asset type refers to a set of custom fields that can be used to generate structured
documentation."""

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
    ) -> Paginator[models.FlexibleAssetType]:
        """List all flexible asset types.

        Returns a list of flexible asset types in your account.

        Example return value:

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

            filter: filters by name.
            sort: sort field(s); prefix ``-`` for descending.
            include: related resources to include in the response.
            page_size: records per page, 1 to 1000 (default 1000).
        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[78], {}
        return self._list(
            route,
            path,
            filter=filter,
            sort=sort,
            include=include,
            page_size=page_size,
            timeout=timeout,
        )

    async def get(
        self,
        id: int,
        *,
        include: FlexibleAssetTypesListInclude
        | Sequence[FlexibleAssetTypesListInclude]
        | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.FlexibleAssetType:
        """Retrieve a flexible asset type.

        Returns the details of an existing flexible asset type.

        The following example demonstrates a return value for a request with the
        `flexible_asset_fields` parameter included :

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

            include: related resources to include; reach them with ``item.related(name)``.
        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[79], {"id": id}
        result: models.FlexibleAssetType = await self._get(
            route, path, include=include, params={}, timeout=timeout
        )
        return result

    async def create(
        self,
        data: models.FlexibleAssetTypeCreateDict
        | models.FlexibleAssetTypeCreate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.FlexibleAssetType:
        """Create a flexible asset type.

        Creates a new flexible asset type in your account. Returns the created object if
        successful. Use the nested relationships route to add multiple flexible asset
        fields to a flexible asset type in bulk.

        The request body must contain a JSON object, for example:

        Args:
            data: the attributes (snake_case mapping or ``models.FlexibleAssetTypeCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[80], {}
        result: models.FlexibleAssetType = await self._create(
            route, path, data, params={}, timeout=timeout
        )
        return result

    async def update(
        self,
        id: int,
        data: models.FlexibleAssetTypeUpdateDict
        | models.FlexibleAssetTypeUpdate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.FlexibleAssetType:
        """Update a flexible asset type.

        Updates the details of an existing flexible asset type in your account. Returns
        422 Unprocessable Entity error if any relationships are present in the request.

        A PATCH request does not require that the entire object resource with all of its
        attributes be enclosed. Any attributes you don't specify will remain unchanged.

        The request body must contain a JSON object, for example:

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[81], {"id": id}
        result: models.FlexibleAssetType = await self._update(
            route, path, data, params={}, timeout=timeout
        )
        return result
