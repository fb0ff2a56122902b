# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Flexible Assets: A flexible asset refers to a record that has been created using a specific flexible asset type."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypedDict, overload

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    FLEXIBLE_ASSETS_BULK_DESTROY,
    FLEXIBLE_ASSETS_BULK_UPDATE,
    FLEXIBLE_ASSETS_CREATE,
    FLEXIBLE_ASSETS_CREATE_BY_ORGANIZATION,
    FLEXIBLE_ASSETS_DELETE,
    FLEXIBLE_ASSETS_GET,
    FLEXIBLE_ASSETS_LIST,
    FLEXIBLE_ASSETS_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class FlexibleAssetsListFilter(TypedDict, total=False):
    """Filters of flexible_assets (list); a sequence value matches any of its items."""

    flexible_asset_type_id: int
    name: str
    organization_id: int


FlexibleAssetsListSort = Literal[
    "name",
    "-name",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

FlexibleAssetsListInclude = Literal[
    "adapters_resources",
    "distinct_remote_assets",
    "attachments",
    "passwords",
    "user_resource_accesses",
    "group_resource_accesses",
]

FlexibleAssetsGetInclude = Literal[
    "adapters_resources",
    "distinct_remote_assets",
    "attachments",
    "passwords",
    "user_resource_accesses",
    "group_resource_accesses",
    "recent_versions",
    "related_items",
    "authorized_users",
]


class FlexibleAssetsBulkDestroyFilter(TypedDict, total=False):
    """Filters of flexible_assets (bulk_destroy); a sequence value matches any of its items."""

    archived: bool | Sequence[bool]
    flexible_asset_type_id: int | Sequence[int]
    id: int | Sequence[int]
    name: str | Sequence[str]
    organization_id: int | Sequence[int]


class FlexibleAssets(Resource):
    """Flexible Assets: A flexible asset refers to a record that has been created using a specific flexible
    asset type."""

    @functools.cached_property
    def with_raw_response(self) -> FlexibleAssetsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return FlexibleAssetsWithRawResponse(self)

    def list(
        self,
        *,
        filter: FlexibleAssetsListFilter | None = None,
        sort: FlexibleAssetsListSort | Sequence[FlexibleAssetsListSort] | None = None,
        include: FlexibleAssetsListInclude | Sequence[FlexibleAssetsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.FlexibleAsset]:
        """List all flexible assets for a specific flexible asset type ID.

        Returns a list of flexible assets based on the unique ID of the flexible asset
        type.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: flexible_asset_type_id, name, organization_id
                (flexible_asset_type_id required).
            sort: sort field(s); prefix ``-`` for descending.
            include: related resources to include; reach them with ``item.related(name)``.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = FLEXIBLE_ASSETS_LIST, {}
        return self._list(
            route,
            path,
            models.FlexibleAsset,
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
        include: FlexibleAssetsGetInclude | Sequence[FlexibleAssetsGetInclude] | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.FlexibleAsset:
        """Retrieve a flexible asset.

        Returns the details of an existing flexible asset.

        Args:
            id: the record's id.
            include: related resources to include; reach them with ``item.related(name)``.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = FLEXIBLE_ASSETS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.FlexibleAsset,
            include=include,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    @overload
    async def create(
        self,
        data: models.FlexibleAssetCreateDict | models.FlexibleAssetCreate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAsset: ...

    @overload
    async def create(
        self,
        data: Sequence[
            models.FlexibleAssetCreateDict | models.FlexibleAssetCreate | Mapping[str, Any]
        ]
        | Iterator[models.FlexibleAssetCreateDict | models.FlexibleAssetCreate | Mapping[str, Any]],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.FlexibleAsset]: ...

    async def create(
        self,
        data: models.FlexibleAssetCreateDict
        | models.FlexibleAssetCreate
        | Mapping[str, Any]
        | Sequence[models.FlexibleAssetCreateDict | models.FlexibleAssetCreate | Mapping[str, Any]]
        | Iterator[models.FlexibleAssetCreateDict | models.FlexibleAssetCreate | Mapping[str, Any]],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAsset | BulkResult[models.FlexibleAsset]:
        """Create a flexible asset.

        If there are any required fields in the flexible asset type, they will need to
        be included in the request.

        Bulk creation works only with nested route

        Files can be encoded and passed in JSON format for direct upload to a flexible
        asset with an Upload field. The file has to be strict encoded. You need to
        convert it using something like [www.freeformatter.com/base64-
        encoder.html](https://www.freeformatter.com/base64-encoder.html). This produces
        a string of text that goes into the `content` field.

        Multipart requests can also be used when POST/PATCH flexible assets with
        uploaded file.

        Args:
            data: the attributes (snake_case mapping or ``models.FlexibleAssetCreate``). A list
                of them creates several records in bulk (nested route only) and returns a
                ``BulkResult``.
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                FLEXIBLE_ASSETS_CREATE_BY_ORGANIZATION,
                {"organization_id": organization_id},
            )
        else:
            route, path = FLEXIBLE_ASSETS_CREATE, {}
        return await self._create(
            route,
            path,
            models.FlexibleAsset,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.FlexibleAssetUpdateDict | models.FlexibleAssetUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAsset:
        """Update a flexible asset.

        Updates a flexible asset in your account.

        Any traits you don't specify will be deleted. Passing a null value will also
        delete a trait's value.

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
        route, path = FLEXIBLE_ASSETS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.FlexibleAsset,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def merge_traits(
        self,
        id: int,
        traits: Mapping[str, Any],
        *,
        remove: Sequence[str] = (),
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAsset:
        """Change some ``traits`` keys and keep the others: read, merge, then PATCH.

        A PATCH replaces the whole ``traits`` value, deleting every key it leaves out.
        This reads the record, lays ``traits`` over its current ``traits``, drops the
        keys named in ``remove``, and sends the merged value; keys are used exactly as given.

        Cost: two requests (a GET, then a PATCH), both through the limiter and retries. Not
        atomic: a change someone else makes between the read and the write is overwritten.
        Linked values the API reads back expanded (``{"type": ..., "values": [{"id": ...}]}``)
        are sent back as their list of ids, the shape a write takes.

        Args:
            id: the record's id.
            traits: the keys to set (``None`` clears a value but keeps its key).
            remove: keys to delete from ``traits``.
            timeout: seconds (or ``httpx.Timeout``) for each request instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        return await self._merge_update(
            FLEXIBLE_ASSETS_GET,
            FLEXIBLE_ASSETS_UPDATE,
            {"id": id},
            models.FlexibleAsset,
            "traits",
            traits,
            remove=remove,
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
        """Delete a flexible asset.

        Destroys a single flexible asset with its ID. Returns a 204 status code if
        successful.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = FLEXIBLE_ASSETS_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))

    async def bulk_update(
        self,
        items: Iterable[
            models.FlexibleAssetUpdateDict | models.FlexibleAssetUpdate | Mapping[str, Any]
        ],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.FlexibleAsset]:
        """Update multiple flexible assets.

        Updates a list of flexible assets, also known as bulk updating. Bulk updates
        using a nested relationships route are not supported.

        Any traits you don't specify will be deleted. Passing a null value will also
        delete a trait's value.

        The bulk update PATCH format is one that is similar to the response returned
        from a GET on a list resource. It will accept a partial representation of
        objects, as long as the required parameters are present. Any attributes you
        don't specify will remain unchanged.

        Args:
            items: one mapping per record, each with its ``id`` and the attributes to change: a
                list (checked in full before anything is sent) or any iterable, a generator
                included (read as chunks are sent; an item that does not validate is reported in
                ``failed``).
            chunk_size: items per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``), for jobs too large to hold them.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = FLEXIBLE_ASSETS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.FlexibleAsset,
            items,
            filter=None,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_destroy(
        self,
        ids: Iterable[int] | None = None,
        *,
        filter: FlexibleAssetsBulkDestroyFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.FlexibleAsset]:
        """Delete multiple flexible assets.

        Deletes one or more specified flexible assets. Returns the deleted flexible
        assets and a 200 status code if successful.

        Args:
            ids: the ids to delete (or pass ``filter=``, never both).
            filter: deletes every record matching it; keys: archived, flexible_asset_type_id,
                id, name, organization_id (flexible_asset_type_id, organization_id required). A
                list value matches any of its items.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = FLEXIBLE_ASSETS_BULK_DESTROY, {}
        return await self._bulk_destroy(
            route,
            path,
            models.FlexibleAsset,
            ids,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class FlexibleAssetsWithRawResponse:
    """``FlexibleAssets``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: FlexibleAssets) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
