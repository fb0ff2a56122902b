# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Related Items: A related item refers to a link between two items."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, overload

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    RELATED_ITEMS_BULK_DESTROY,
    RELATED_ITEMS_CREATE,
    RELATED_ITEMS_UPDATE,
)
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route

ResourceType = Literal[
    "checklists",
    "checklist_templates",
    "configurations",
    "contacts",
    "documents",
    "domains",
    "folders",
    "locations",
    "passwords",
    "ssl_certificates",
    "flexible_assets",
    "tickets",
]


class RelatedItems(Resource):
    """Related Items: A related item refers to a link between two items."""

    @functools.cached_property
    def with_raw_response(self) -> RelatedItemsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return RelatedItemsWithRawResponse(self)

    @overload
    async def create(
        self,
        resource_type: ResourceType,
        resource_id: int,
        data: models.RelatedItemCreateDict | models.RelatedItemCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.RelatedItem: ...

    @overload
    async def create(
        self,
        resource_type: ResourceType,
        resource_id: int,
        data: Sequence[models.RelatedItemCreateDict | models.RelatedItemCreate | Mapping[str, Any]]
        | Iterator[models.RelatedItemCreateDict | models.RelatedItemCreate | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.RelatedItem]: ...

    async def create(
        self,
        resource_type: ResourceType,
        resource_id: int,
        data: models.RelatedItemCreateDict
        | models.RelatedItemCreate
        | Mapping[str, Any]
        | Sequence[models.RelatedItemCreateDict | models.RelatedItemCreate | Mapping[str, Any]]
        | Iterator[models.RelatedItemCreateDict | models.RelatedItemCreate | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.RelatedItem | BulkResult[models.RelatedItem]:
        """Create a related item.

        Creates a related item. Returns the created object if successful. Can also be
        used to add multiple related items to an asset in bulk.

        The create action is directional from source item to destination item(s). The
        source item is the item that matches the `resource_type` and `resource_id` in
        the URL. The destination item(s) are the items that match the `destination_type`
        and `destination_id` in the JSON object.

        Args:
            data: the attributes (snake_case mapping or ``models.RelatedItemCreate``). A list of
                them creates several records in bulk (nested route only) and returns a
                ``BulkResult``.
            resource_type: the parent resource type (one of the documented values).
            resource_id: the parent record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = (
            RELATED_ITEMS_CREATE,
            {"resource_type": resource_type, "resource_id": resource_id},
        )
        return await self._create(
            route,
            path,
            models.RelatedItem,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        resource_type: ResourceType,
        resource_id: int,
        id: int,
        data: models.RelatedItemUpdateDict | models.RelatedItemUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.RelatedItem:
        """Update an related item for a particular resource.

        Updates the details of an existing related item. Only the related item notes
        that are displayed on the asset view screen can be changed.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            resource_type: the parent resource type (one of the documented values).
            resource_id: the parent record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = (
            RELATED_ITEMS_UPDATE,
            {"resource_type": resource_type, "resource_id": resource_id, "id": id},
        )
        return await self._update(
            route,
            path,
            models.RelatedItem,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_destroy(
        self,
        resource_type: ResourceType,
        resource_id: int,
        ids: Iterable[int] | None = None,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.RelatedItem]:
        """Delete multiple related items.

        Deletes one or more specified related items. Returns the deleted related items
        and a 200 status code if successful.

        Args:
            ids: the ids to delete.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``).
            resource_type: the parent resource type (one of the documented values).
            resource_id: the parent record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = (
            RELATED_ITEMS_BULK_DESTROY,
            {"resource_type": resource_type, "resource_id": resource_id},
        )
        return await self._bulk_destroy(
            route,
            path,
            models.RelatedItem,
            ids,
            filter=None,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class RelatedItemsWithRawResponse:
    """``RelatedItems``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: RelatedItems) -> None:
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
