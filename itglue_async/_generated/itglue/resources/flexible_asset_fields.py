# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Flexible Asset Fields: A flexible asset field refers to a field in a flexible asset type."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypedDict, overload

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._errors import RequestValidationError
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    FLEXIBLE_ASSET_FIELDS_BULK_UPDATE,
    FLEXIBLE_ASSET_FIELDS_CREATE,
    FLEXIBLE_ASSET_FIELDS_CREATE_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_FIELDS_DELETE,
    FLEXIBLE_ASSET_FIELDS_DELETE_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_FIELDS_GET,
    FLEXIBLE_ASSET_FIELDS_GET_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_FIELDS_LIST_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_FIELDS_UPDATE,
    FLEXIBLE_ASSET_FIELDS_UPDATE_BY_FLEXIBLE_ASSET_TYPE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class FlexibleAssetFieldsListFilter(TypedDict, total=False):
    """Filters of flexible_asset_fields (list, bulk_update); a sequence value matches any of its items."""

    id: int | Sequence[int]


FlexibleAssetFieldsListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

FlexibleAssetFieldsListInclude = Literal["remote_asset_field",]


class FlexibleAssetFields(Resource):
    """Flexible Asset Fields: A flexible asset field refers to a field in a flexible asset type."""

    @functools.cached_property
    def with_raw_response(self) -> FlexibleAssetFieldsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return FlexibleAssetFieldsWithRawResponse(self)

    def list(
        self,
        *,
        flexible_asset_type_id: int,
        filter: FlexibleAssetFieldsListFilter | None = None,
        sort: FlexibleAssetFieldsListSort | Sequence[FlexibleAssetFieldsListSort] | None = None,
        include: FlexibleAssetFieldsListInclude
        | Sequence[FlexibleAssetFieldsListInclude]
        | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.FlexibleAssetField]:
        """List all flexible asset fields for a particular flexible asset type.

        Returns a list of fields for the specified flexible asset type.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            flexible_asset_type_id: required; selects the nested route under this parent.
            filter: narrows the listing; keys: id. A list value matches any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            include: related resources to include; reach them with ``item.related(name)``.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if flexible_asset_type_id is not None:
            route, path = (
                FLEXIBLE_ASSET_FIELDS_LIST_BY_FLEXIBLE_ASSET_TYPE,
                {"flexible_asset_type_id": flexible_asset_type_id},
            )
        else:
            raise RequestValidationError(
                "Pass flexible_asset_type_id: this call has no top-level route.",
                parameter="flexible_asset_type_id",
            )
        return self._list(
            route,
            path,
            models.FlexibleAssetField,
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
        flexible_asset_type_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.FlexibleAssetField:
        """Retrieve a flexible asset field.

        Returns the details of an existing field.

        Args:
            id: the record's id.
            flexible_asset_type_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if flexible_asset_type_id is not None:
            route, path = (
                FLEXIBLE_ASSET_FIELDS_GET_BY_FLEXIBLE_ASSET_TYPE,
                {"flexible_asset_type_id": flexible_asset_type_id, "id": id},
            )
        else:
            route, path = FLEXIBLE_ASSET_FIELDS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.FlexibleAssetField,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    @overload
    async def create(
        self,
        data: models.FlexibleAssetFieldCreateDict
        | models.FlexibleAssetFieldCreate
        | Mapping[str, Any],
        *,
        flexible_asset_type_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAssetField: ...

    @overload
    async def create(
        self,
        data: Sequence[
            models.FlexibleAssetFieldCreateDict
            | models.FlexibleAssetFieldCreate
            | Mapping[str, Any]
        ]
        | Iterator[
            models.FlexibleAssetFieldCreateDict
            | models.FlexibleAssetFieldCreate
            | Mapping[str, Any]
        ],
        *,
        flexible_asset_type_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.FlexibleAssetField]: ...

    async def create(
        self,
        data: models.FlexibleAssetFieldCreateDict
        | models.FlexibleAssetFieldCreate
        | Mapping[str, Any]
        | Sequence[
            models.FlexibleAssetFieldCreateDict
            | models.FlexibleAssetFieldCreate
            | Mapping[str, Any]
        ]
        | Iterator[
            models.FlexibleAssetFieldCreateDict
            | models.FlexibleAssetFieldCreate
            | Mapping[str, Any]
        ],
        *,
        flexible_asset_type_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAssetField | BulkResult[models.FlexibleAssetField]:
        """Create a flexible asset field.

        Creates a new field under the flexible asset type specified in the ID parameter.
        Returns the created object if successful. Use the nested relationships route to
        add multiple fields to a flexible asset type in bulk.

        Args:
            data: the attributes (snake_case mapping or ``models.FlexibleAssetFieldCreate``). A
                list of them creates several records in bulk (nested route only) and returns a
                ``BulkResult``.
            flexible_asset_type_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if flexible_asset_type_id is not None:
            route, path = (
                FLEXIBLE_ASSET_FIELDS_CREATE_BY_FLEXIBLE_ASSET_TYPE,
                {"flexible_asset_type_id": flexible_asset_type_id},
            )
        else:
            route, path = FLEXIBLE_ASSET_FIELDS_CREATE, {}
        return await self._create(
            route,
            path,
            models.FlexibleAssetField,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.FlexibleAssetFieldUpdateDict
        | models.FlexibleAssetFieldUpdate
        | Mapping[str, Any],
        *,
        flexible_asset_type_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.FlexibleAssetField:
        """Update a flexible asset field.

        Updates the details of an existing field. Returns 422 error if trying to change
        the kind attribute of fields that are already in use.

        A PATCH request does not require that the entire object resource be enclosed.
        Any attributes you don't specify will remain unchanged.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            flexible_asset_type_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if flexible_asset_type_id is not None:
            route, path = (
                FLEXIBLE_ASSET_FIELDS_UPDATE_BY_FLEXIBLE_ASSET_TYPE,
                {"flexible_asset_type_id": flexible_asset_type_id, "id": id},
            )
        else:
            route, path = FLEXIBLE_ASSET_FIELDS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.FlexibleAssetField,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def delete(
        self,
        id: int,
        *,
        flexible_asset_type_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a flexible asset field.

        Destroys a single flexible asset field with its ID. Returns a 204 status code if
        successful. Note that this action will cause data loss if the field is already
        in use.

        Args:
            id: the record's id.
            flexible_asset_type_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if flexible_asset_type_id is not None:
            route, path = (
                FLEXIBLE_ASSET_FIELDS_DELETE_BY_FLEXIBLE_ASSET_TYPE,
                {"flexible_asset_type_id": flexible_asset_type_id, "id": id},
            )
        else:
            route, path = FLEXIBLE_ASSET_FIELDS_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))

    async def bulk_update(
        self,
        items: Iterable[
            models.FlexibleAssetFieldUpdateDict
            | models.FlexibleAssetFieldUpdate
            | Mapping[str, Any]
        ]
        | models.FlexibleAssetFieldUpdateDict
        | models.FlexibleAssetFieldUpdate
        | Mapping[str, Any],
        *,
        filter: FlexibleAssetFieldsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.FlexibleAssetField]:
        """Update multiple flexible asset fields.

        Updates a list of fields, also known as bulk updating. Bulk updates using a
        nested relationships route are not supported. Returns 422 error if trying to
        change the kind attribute of fields that are already in use.

        The bulk update PATCH format is one that is similar to the response returned
        from a GET on a list resource. It will accept a partial representation of
        objects, as long as the required parameters are present. Any attributes you
        don't specify will remain unchanged.

        Args:
            items: one mapping per record, each with its ``id`` and the attributes to change: a
                list (checked in full before anything is sent) or any iterable, a generator
                included (read as chunks are sent; an item that does not validate is reported in
                ``failed``). With ``filter=``, a single mapping of attributes applied to every
                match.
            filter: updates every record matching it instead of listing ids; keys: id. A list
                value matches any of its items.
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
        route, path = FLEXIBLE_ASSET_FIELDS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.FlexibleAssetField,
            items,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class FlexibleAssetFieldsWithRawResponse:
    """``FlexibleAssetFields``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: FlexibleAssetFields) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
