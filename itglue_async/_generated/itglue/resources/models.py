# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Models: A model refers to a specific computer model, such as a Dell Latitude E7470."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    MODELS_BULK_UPDATE,
    MODELS_CREATE,
    MODELS_CREATE_BY_MANUFACTURER,
    MODELS_GET,
    MODELS_GET_BY_MANUFACTURER,
    MODELS_LIST,
    MODELS_LIST_BY_MANUFACTURER,
    MODELS_UPDATE,
    MODELS_UPDATE_BY_MANUFACTURER,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class ModelsListFilter(TypedDict, total=False):
    """Filters of models (list, bulk_update); a sequence value matches any of its items."""

    id: int | Sequence[int]


ModelsListSort = Literal[
    "id",
    "-id",
    "name",
    "-name",
    "manufacturer_id",
    "-manufacturer_id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class Models(Resource):
    """Models: A model refers to a specific computer model, such as a Dell Latitude E7470."""

    @functools.cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ModelsWithRawResponse(self)

    def list(
        self,
        *,
        manufacturer_id: int | None = None,
        filter: ModelsListFilter | None = None,
        sort: ModelsListSort | Sequence[ModelsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Model]:
        """List all models in your account.

        Returns a list of model names for all manufacturers or for a specified
        manufacturer.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            manufacturer_id: selects the nested route under this parent.
            filter: narrows the listing; keys: id. A list value matches any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if manufacturer_id is not None:
            route, path = MODELS_LIST_BY_MANUFACTURER, {"manufacturer_id": manufacturer_id}
        else:
            route, path = MODELS_LIST, {}
        return self._list(
            route,
            path,
            models.Model,
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
        manufacturer_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Model:
        """Retrieve a model.

        Returns the details of an existing model name.

        Args:
            id: the record's id.
            manufacturer_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if manufacturer_id is not None:
            route, path = MODELS_GET_BY_MANUFACTURER, {"manufacturer_id": manufacturer_id, "id": id}
        else:
            route, path = MODELS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Model,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.ModelCreateDict | models.ModelCreate | Mapping[str, Any],
        *,
        manufacturer_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Model:
        """Create a model.

        Creates a model name under the manufacturer specified in the ID parameter.
        Returns the created object if successful. Use the nested relationships route to
        add multiple models to a manufacturer in bulk.

        Args:
            data: the attributes (snake_case mapping or ``models.ModelCreate``).
            manufacturer_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if manufacturer_id is not None:
            route, path = MODELS_CREATE_BY_MANUFACTURER, {"manufacturer_id": manufacturer_id}
        else:
            route, path = MODELS_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Model,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.ModelUpdateDict | models.ModelUpdate | Mapping[str, Any],
        *,
        manufacturer_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Model:
        """Update a model.

        Updates an existing model name. Returns 422 Bad Request error if trying to
        update an externally synced record.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            manufacturer_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if manufacturer_id is not None:
            route, path = (
                MODELS_UPDATE_BY_MANUFACTURER,
                {"manufacturer_id": manufacturer_id, "id": id},
            )
        else:
            route, path = MODELS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Model,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_update(
        self,
        items: Iterable[models.ModelUpdateDict | models.ModelUpdate | Mapping[str, Any]]
        | models.ModelUpdateDict
        | models.ModelUpdate
        | Mapping[str, Any],
        *,
        filter: ModelsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Model]:
        """Update multiple models.

        Updates a list of model names, also known as bulk updating. Bulk updates using a
        nested relationships route are not supported. Returns 422 Bad Request error if
        trying to update an externally synced record.

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
        route, path = MODELS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.Model,
            items,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class ModelsWithRawResponse:
    """``Models``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Models) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
